"""The parts of understanding a typed message, one concern a module; bot.core.language.understand
is the one entry point that reads them in its order (which reading wins when several fit)."""
