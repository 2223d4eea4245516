"""A view: one document as seen in one pane, with its own selections and scroll position.

Views follow their document's edits (each keeps its selections on the same text), which is what
keeps two panes on one buffer in sync. The UI tells the view how big it is drawn (`height`,
`width`) so that page and screen-line motions in the core know the pane's size.
"""

from __future__ import annotations

from editor.core.block import Block
from editor.core.document import Document
from editor.core.edits import Transaction, map_selections
from editor.core.selection import Selection, Selections
from editor.core.text import Pos


class View:
    """A document as seen in one pane: its own selections, goal column and scroll position."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.selections: Selections = (Selection.cursor(Pos(0, 0)),)
        self.goal_column: int | None = None
        self.top_line = 0
        self.top_row = 0  # with soft wrap: the first screen row of `top_line` that is shown
        self.left_column = 0
        self.height = 20
        self.width = 80
        # The column selection the block commands made last, the selections it gave and the
        # text's version then: it is extended only while neither has changed (`current_block`).
        self.block: Block | None = None
        self.block_selections: Selections = ()
        self.block_version = -1
        document.subscribe(self._follow)

    @property
    def cursor(self) -> Pos:
        """The primary cursor."""
        return self.selections[0].head

    @property
    def selection(self) -> Selection:
        """The primary selection."""
        return self.selections[0]

    def set_selections(self, selections: Selections, keep_goal: bool = False) -> None:
        """Move the selections (clamped to the text); forget the goal column unless asked."""
        text = self.document.text
        self.selections = tuple(
            Selection(text.clamp(s.anchor), text.clamp(s.head)) for s in selections
        )
        if not keep_goal:
            self.goal_column = None

    def set_block(self, block: Block, selections: Selections) -> None:
        """Select `selections`, made from the column selection `block`, and remember both."""
        self.set_selections(selections)
        self.block = block
        self.block_selections = self.selections
        self.block_version = self.document.text.version

    def current_block(self) -> Block | None:
        """The column selection being extended, or None when some other command has changed
        the selections or the text since it was made (the next block command then starts a new
        one)."""
        if (
            self.block is not None
            and self.selections == self.block_selections
            and self.document.text.version == self.block_version
        ):
            return self.block
        return None

    def _follow(self, document: Document, transaction: Transaction) -> None:
        """Keep this view's selections on the same text when the document changes (the view
        that made the change sets its own selections afterwards)."""
        self.selections = map_selections(self.selections, transaction.edits)

    def close(self) -> None:
        """Stop following the document."""
        self.document.unsubscribe(self._follow)
