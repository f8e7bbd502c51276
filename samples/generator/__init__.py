"""Sample generator: realistic Vietnamese Party cell minutes with ground truth.

`python -m samples.generator --out DIR --set demo|bench|book|eval [--seed N] [--count N]`.
See samples/README.md for the committed files and docs/CONTRACTS.md for the truth format.
"""
