"""Board widgets (QGraphicsView): the affinity (KJ) board and the payoff matrix."""
