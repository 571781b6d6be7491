"""The one exception the transforms raise for input that is not a press review."""


class RejectedInput(ValueError):
    """The input cannot be read as a press review; the message says why, for a person."""
