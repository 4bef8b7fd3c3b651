"""Qt item models fed with read models; they never query the database."""
