"""Head-office sync service: branches push local changes, pull their branch's data."""

PROTOCOL_VERSION = 1
MIN_SCHEMA = 1
MAX_SCHEMA = 1
