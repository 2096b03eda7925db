"""`python -m bot` and the `soglasovano` script: bot.command_line, imported under
`stopped_quietly` so a SIGTERM or Ctrl-C that arrives while the bot's modules are still
being imported (seconds on a loaded machine, before the console has started) exits with
143 or 130 and no traceback, as one after the start does (files77)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bot.transports.interrupts import Stopped, stopped_quietly


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line `argv` (sys.argv's when None); its exit code."""
    try:
        with stopped_quietly():
            from bot import command_line
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except Stopped as stop:
        print(file=sys.stderr)
        return 128 + stop.signum
    return command_line.main(argv)


def build_parser() -> argparse.ArgumentParser:
    """bot.command_line.build_parser (the command line's arguments)."""
    from bot.command_line import build_parser as parser

    return parser()


if __name__ == "__main__":
    sys.exit(main())
