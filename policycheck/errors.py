"""Errors that reach the user as one line and exit code 2."""


class PolicycheckError(Exception):
    """Base class: the message is shown to the user as is, on one line."""

    exit_code = 2


class InputError(PolicycheckError):
    """An input file is missing, unreadable, of the wrong kind or over a limit."""


class MappingError(PolicycheckError):
    """A mapping file under mappings/ is malformed."""


class UsageError(PolicycheckError):
    """Bad command-line usage."""
