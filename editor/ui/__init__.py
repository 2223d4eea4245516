"""The terminal user interface: the only part of ted that imports prompt_toolkit and draws."""
