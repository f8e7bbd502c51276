"""A second hand-written held-out set (dev/ + test/): see README.md. Never tune the extractor on test/."""
