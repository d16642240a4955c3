"""Errors the director can make when typing, each tied to the field it concerns."""

from __future__ import annotations


class InvalidInput(ValueError):
    """A value the director entered cannot be saved; ``message`` says why in plain words.

    ``field`` names the field, so a form can show the message beside it and keep what the
    director typed.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
