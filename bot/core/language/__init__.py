"""Russian message understanding: text -> Intent."""
