"""What a parts writer imports: the renderer's blocks and the label helpers.

    from samples.parts.writing import C, G, H, HD, L, P, T, attendance, vote, task

Blocks: HD(left_lines, right_lines) the two-column header; C(text, bold=True, italic=False) a centred line;
P(text) a paragraph (first-line indent); L(text) a paragraph flush left; H(text) a bold heading flush left;
T(cols, rows) a ruled table, cols = [(fraction of the width, heading, "l"|"c"), ...]; G(points) a gap.
Text wraps by itself: write each paragraph as one string.
"""

from samples.heldout2.minutes import C, G, H, HD, L, P, T

__all__ = ["C", "G", "H", "HD", "L", "P", "T", "attendance", "vote", "task"]


def attendance(total, present, absent, excused, unexcused, exempt, absentees=(), guests=()):
    """absentees: (name, reason or None, excused bool); guests: (name, role or None)."""
    return {"total": total, "present": present, "absent": absent, "absent_excused": excused,
            "absent_unexcused": unexcused, "exempt": exempt,
            "absentees": [{"name": n, "reason": r, "excused": e} for n, r, e in absentees],
            "guests": [{"name": n, "role": r} for n, r in guests]}


def vote(for_=None, against=None, abstain=None, pct=None, text=""):
    return {"text": text, "votes": {"for": for_, "against": against, "abstain": abstain,
                                    "percent_for": None if pct is None else float(pct)}}


def task(assignee, what, deadline):
    return {"assignee": assignee, "task": what, "deadline": deadline}
