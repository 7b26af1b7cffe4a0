"""The PySide6 desktop program, over core, io and reports."""
