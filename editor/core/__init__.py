"""The headless core of ted: text, edits, undo, files, commands and keymaps.

Nothing in this package imports prompt_toolkit; everything here runs and is tested without a
terminal.
"""
