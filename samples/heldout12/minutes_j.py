"""Held-out set 12, writer j (test/, `j…`): the whole country, 2016–2026. Theme: the page's layout and the task
assignments in every form.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, the tests other than tests/samples/test_heldout_sets.py, or the minute texts and truth files of the earlier
sets (only their READMEs, the module docstrings of samples/heldout10/minutes_m.py and samples/heldout9/minutes_k.py and
the helpers at the top of samples/heldout2/minutes.py), and without running the extractor. Rendered by
samples/heldout2/make.py (`build`). Names, places and figures are invented or used loosely; the paperwork follows
/work/shared/DOMAIN.md.

Files (name -> what varies -> minute flags / book flags):

- j01-bacgiang-village-roster-table-clean -> Bắc Giang (Lục Ngạn) village in the lychee harvest, 05/6/2019; Serif 12
  justified, "Trang n/N"; two-column header; "I./1." headings with bold-italic sub-heads; the whole membership as a
  ruled roster "TT | Họ và tên | Có mặt | Vắng | Lý do vắng, ghi chú" with "x" ticks (one absentee with a reason, one
  exempt row), plus the count line (12 / exempt 1 / 10 of 11); a Party guest who speaks; tasks as a ruled table
  "TT | Nội dung công việc | Người thực hiện | Phối hợp | Thời gian hoàn thành" (two members in one cell, a group,
  "Trưởng thôn" / a member / "Các tổ trưởng" only in the "Phối hợp" column, "Trước 15/6/2019", "Suốt vụ vải", "Hằng
  tuần", "Thường xuyên", "Kỳ họp tháng 7"); the vote as a ruled table "Nội dung biểu quyết | Tán thành | Không tán
  thành | Ý kiến khác" (10/10 | 0 | 0); 105 min; 2 pages -> — / —
- j02-kontum-school-template-filled-clean -> Kon Tum (Đăk Hà) semi-boarding lower-secondary school (a chi bộ cơ sở
  under the district committee), 08/9/2017; DejaVu Serif 11 ragged; the cell's name over two header lines; the minute
  book's printed template with its numbered fixed fields ("1. Thời gian:" … "10.", "- Số đảng viên vắng mặt:", "-
  Đại biểu cấp ủy cấp trên dự: không.") every blank filled in by the clerk; Xơ Đăng names (A Thuyên, Y Blơm); tasks
  with the verb after the doer ("…, Phó Bí thư chi bộ, phụ trách …: … hằng ngày", "Tổ Toán – Lý – Tin đảm nhận …",
  "Việc …: đồng chí X chịu trách nhiệm …", two members "cùng già làng …", "chậm nhất ngày", "vào tối 04/10/2017");
  "Tán thành: 15/15 …, đạt tỷ lệ 100%. Không tán thành: không. Ý kiến khác: không."; "(đã ký)", "(đã ký, đóng dấu)"
  and the seal's text typed under the signatures; 125 min; 2 pages -> — / —
- j03-vinhlong-ward-noheadings-conclusion-last-clean -> Vĩnh Long city (Phường 4) neighbourhood cell, 12/9/2024
  (storm Yagi, dengue, spring tides); Serif 13 justified, deep indent; "BIÊN BẢN HỌP CHI BỘ" + "Kỳ họp tháng 9 năm
  2024"; no headings at all: seven long paragraphs; the tasks come before the vote and the chair's conclusion is the
  last paragraph; tasks in one sentence: a role with nobody named who "chủ trì, phối hợp với Chi hội Phụ nữ …" by
  "rằm tháng Tám âm lịch", three members together "trước ngày 20-9-2024", "có trách nhiệm … báo cáo chi bộ tại kỳ
  họp tháng 10", "Chi đoàn khóm chịu trách nhiệm … vào sáng Chủ nhật hằng tuần"; "19/19 … đạt 100%, không có ý kiến
  khác"; signatures "NGƯỜI GHI BIÊN BẢN" / "CHỦ TRÌ"; 110 min; 2 pages -> — / —
- j04-thanhhoa-shoe-workshop-table-over-pagebreak-low -> Thanh Hóa (Hoằng Hóa) shoe company workshop, 14/8/2021
  (COVID-19, "3 tại chỗ"); Liberation Sans 11 justified, right-aligned running head on page 2, "- n -"; committee
  over two header lines and "Số: 08-BB/CB"; "- Thời gian: từ 15h30 đến 17h20"; 31 members, 2 exempt, 26 of 29
  (89.7 %); an absentee table "TT | Họ và tên | Bộ phận | Lý do vắng" with one empty reason cell; a guest who speaks;
  "A. B. C. D. Đ. E. G." capital headings; "+ Đ/c X:" opinions; tasks as a ruled table with the assignee column
  first "TT | Người thực hiện | Nội dung công việc | Thời hạn" that runs over the page break (one row on page 1;
  three people in one cell, two in another, groups, "Xong trước", "Trong tháng 8/2021", "Hạn chót 25/8/2021", "Sau
  mỗi bữa ăn ca", "Quý IV/2021", an empty deadline cell); the vote after the tasks ("25/26 …, đạt 96,2%; 01 … không
  tán thành"); 2 pages -> low_attendance, unexcused_absence / —
- j05-quangbinh-commune-office-combined-110min-no-vote -> Quảng Bình (Lệ Thủy) commune office cell, 09/10/2018;
  old tone marks (ĐẢNG UỶ, Thuỷ, Hoà); regular meeting combined with the Q4 thematic one ("… THÁNG 10 KẾT HỢP SINH
  HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2018" + italic "Chuyên đề: …" over two lines), 14:00–15:50 (110 min, bar 120); "*" fields;
  opinions as a ruled table "Họ tên | Ý kiến" (one is a member's own promise); tasks as "- " lines with "có trách
  nhiệm … xong trước ngày", "Đề nghị đồng chí … chậm nhất ngày 15/10", "Ban Chỉ huy Quân sự xã đảm nhận việc …
  suốt mùa mưa bão", "Thu thuế …: đồng chí X chịu trách nhiệm, hạn chót …", "Giao đồng chí Trưởng Công an xã … vào
  các đêm có mưa lớn", and a petition to the commune committee; no vote at all, only the minutes approved "17/17";
  2 pages -> missing_vote, short_meeting / —
- j06-angiang-khmer-hamlet-terse-lookalikes -> An Giang (Tri Tôn) Khmer hamlet, 08/4/2025; a terse one-page minute,
  Liberation Sans 11.5 ragged, "1.–6." with "a)–e)" lines; "19g00 – 20g30" (exactly 90 min); "tổng số 22 đ/c, miễn
  SH 02 đ/c, có mặt 18/20 đ/c" (exactly 90 %), two absentees named with reasons in brackets; "Kết luận số
  137-KL/TW" read as news; only look-alikes of tasks: last month's tasks reported done by name, a member's "tôi xin
  nhận …", "Đề nghị mỗi đảng viên …" in the conclusion, "Nhiệm vụ tháng 4: …" with nobody named, "Kiến nghị: đề nghị
  Đảng ủy xã …"; "18/18 đ/c tán thành"; ends "Họp kết thúc lúc 20g30." -> missing_assignments, not_approved / —
- j07-hagiang-hmong-form-dots-no-discussion -> Hà Giang (Đồng Văn) H'Mông village, 06/4/2016, before the 22/5/2016
  elections; the printed form of the time in DejaVu Sans 9.5, one dense page; "Số: ……-BB/CB", "Khách mời: ……", the
  discussion field holds only "Chi bộ thảo luận, nhất trí với báo cáo."; the form's task table filled in four rows
  (a role "Trưởng thôn" alone in the name cell, two members in one cell with an empty deadline, "Tối thứ Bảy hằng
  tuần") and its fifth row left as dots; "Tán thành: 17/17 đ/c; - Không tán thành: …… đ/c; - Ý kiến khác: …… đ/c";
  "(Ký, ghi rõ họ tên)" under both titles; 19:30–21:00 (exactly 90 min) -> no_discussion, unfilled_template / —
- j08-hcm-ward-draft-documents-conclusion-deferred -> TP Hồ Chí Minh (then quận Thủ Đức) neighbourhood cell,
  08/10/2020, comments on the draft documents of the 13th Congress; Serif 12, no indent; an italic subject line under
  the title (no topic); "•" fields, chair and secretary side by side on one line; a member who came late is present;
  a guest who speaks; "* Phần 1.–4." headings; a footnote mark "Đảng(1)" and its note under the signatures; tasks
  as "•" lines: "Giao đồng chí … trong 07 ngày kể từ ngày họp", "Đồng chí X, Trưởng khu phố, chủ trì, phối hợp với
  đồng chí Y và Chi hội Phụ nữ … trước đợt triều cường tháng 10 âm lịch", "Ban điều hành khu phố cùng Công an phường
  …, mỗi tháng 02 lần", "Chi hội Cựu chiến binh khu phố phụ trách …, xong trước 31/10"; "24/25 … tán thành; 01 …
  không biểu quyết"; the chair only thanks, takes note and says the chi ủy will send a written conclusion later;
  2 pages -> missing_conclusion / —
- j09-phuyen-fishing-village-book-feb-jul-2023 -> minute BOOK of a Phú Yên (Tuy An) fishing village cell (fight
  against IUU fishing), five minutes on five pages; Serif 12 justified, right-aligned running head from page 2,
  "- n -"; minutes 2, 3 and 5 start mid-page under the previous signatures, minute 4 on a new page with a header of
  its own and a new clerk; only minutes 1 and 4 carry a header:
    1. 06/02/2023 (the lunar date in brackets) regular; "1.–5." fields and "a)–e)" parts; "Võ Văn Bé (không lý
       do)"; tasks in one prose paragraph ("cùng Tổ đoàn kết trên biển số 2 … trước mỗi chuyến ra khơi", "Chi đoàn
       thôn đảm nhận … xong trước ngày 20/02", "Trưởng thôn, phối hợp Ban Nghi lễ vạn chài … vào rằm tháng Hai âm
       lịch"); "16/16 … (100%)"; 120 min -> unexcused_absence
    2. 07/3/2023 regular combined with the Q1 thematic meeting ("Chuyên đề:" line), 19:00–21:00 (exactly 120
       min); "I.–V." headings; a task table with no TT column "Nội dung | Người thực hiện | Thời hạn" (two groups in
       one cell, two members joined by " - ", "Chi ủy", "Mỗi chuyến biển", "Kỳ họp tháng 6/2023"); "Tán thành:
       17/17; không tán thành: 0; ý kiến khác: 0" -> —
    3. 09/5/2023 regular, terse; says April was skipped; "Có mặt 15/17 … (miễn sinh hoạt 01)" (88.2 %); an absentee
       table split over the page break, Bé's reason cell empty; the chair with no role; "cùng Chi đoàn thôn …,
       khai giảng ngày 01/6/2023", "(Trưởng thôn) có trách nhiệm … trước 31/5"; 19:30–20:55 (85 min) ->
       low_attendance, short_meeting, unexcused_absence
    4. 06/6/2023 regular, met in a member's house; "Chi bộ thảo luận, thống nhất cao với báo cáo của chi ủy"; "IV.
       Phân công" ("Đồng chí Phó Bí thư chi bộ chủ trì …", a group with no deadline, three members "cùng … xong trước
       mùa mưa bão"); "nhất trí 100% với phương hướng và phân công"; the chair only thanks and closes ->
       missing_conclusion, no_discussion
    5. 05/7/2023 regular; opening in one paragraph, "đồng chí Võ Văn Bé vắng không báo"; June's tasks reported done,
       a member's own offer, "Đề nghị toàn thể đảng viên …", a plan with nobody named, a petition to the commune
       committee; "16/16 … tán thành"; ends with the end time -> missing_assignments, not_approved, unexcused_absence
  book -> missing_month (April), no_thematic_in_quarter (Q2 lies wholly inside Feb–Jul with no thematic or combined
  meeting; March's combined one is Q1), repeated_absence (Võ Văn Bé without reason in Feb, May, Jul)
- j10-tayninh-hamlet-book-q1-2026-elections -> minute BOOK of a Tây Ninh hamlet cell (xã Hậu Nghĩa, after the 2025
  merger), Jan–Mar 2026, three regular meetings before the 15/3/2026 elections; DejaVu Serif 10.5 justified, "Trang
  n/N"; minute 2 starts mid-page, minute 3 on a new page with a header of its own:
    1. 07/01/2026: Hướng dẫn 42-HD/BTCTW; an agenda table "TT | Nội dung | Người trình bày" (names, no tasks); a
       question and its answer; tasks inside the conclusion ("Giao đồng chí X cùng Ban điều hành ấp … xong trước ngày
       05/02/2026; Chi hội Nông dân ấp … thực hiện đến hết quý II/2026; đồng chí Y … hằng tháng"); a vote table
       (21/21 | 0 | 0); 105 min -> —
    2. 04/02/2026 (with the lunar date): absentees on "+" lines, one "chưa rõ lý do"; 20 of 23 (87 %); "Phân công:"
       + "+ Đ/c X: …" lines ("suốt dịp Tết Nguyên đán", two members "hạn chót 25.02.2026", "xong trước mùng 10 tháng
       Giêng", "Chi ủy: … báo cáo tại kỳ họp tháng 3"); "20/20 …, đạt 100%"; 19:30–21:00 (exactly 90 min) ->
       low_attendance, unexcused_absence
    3. 06/3/2026: the member absent in February explains himself (the February label stays as written); a task table
       "TT | Nội dung công việc | Người thực hiện | Phối hợp | Thời gian" (two members in one cell, two groups in
       one cell with an empty deadline cell, "Chậm nhất 12/3/2026", "Ngày 15/3/2026", "Trước ngày bầu cử"); no vote
       at all -> missing_vote
  book -> no_thematic_in_quarter (Q1 2026 lies wholly inside the span with no thematic meeting)
- j11-thanhhoa-shoe-workshop-scan-photocopy -> image-only twin of j04, photocopy, 200 dpi, 2 pages -> as j04
- j12-angiang-khmer-hamlet-scan-moderate -> image-only twin of j06, moderate, 200 dpi, 1 page -> as j06
- j13-hagiang-hmong-form-scan-photocopy -> image-only twin of j07, photocopy, 200 dpi, 1 page -> as j07
- j14-hcm-ward-scan-moderate -> image-only twin of j08, moderate, 200 dpi, 2 pages -> as j08

Labelling decisions where the READMEs leave room:
- A roster table with ticks: the absentees are the rows ticked "Vắng", with the reason cell as written; a row ticked
  neither way whose note says "Miễn sinh hoạt …" is an exempt member, not an absentee; present is the number of
  "Có mặt" ticks (it agrees with the count line above the table).
- A "Phối hợp" column is never an assignee. In prose, the member who "chủ trì" is the assignee; whoever he or she
  "phối hợp với" (a member, a mass organisation, "Ban Nghi lễ", "Công an phường") or goes "cùng" is a partner and
  stays in the task text.
- A role with nobody named is assigned as written without "đồng chí" ("Trưởng khóm", "Phó Bí thư chi bộ", "Trưởng
  Công an xã", a table cell "Trưởng thôn"); a job title after a named member ("Bùi Văn Tư, Trưởng thôn") is dropped
  and the name is the assignee.
- Several doers in one sentence or cell give one assignment each, in the written order: "ba đồng chí A, B và C",
  "Đ/c A, đ/c B, đ/c C", "Đ/c A - đ/c B", two groups "Chi hội Nông dân, Chi đoàn thôn".
- Task text: the action after the verb of giving ("có trách nhiệm", "đảm nhận việc", "chịu trách nhiệm"; "phụ trách
  …" and "chủ trì, phối hợp với …" are kept as the action); when the job is named before its doer ("Thu thuế …:
  đồng chí X chịu trách nhiệm") or the sentence starts "Việc …:", the task is that leading job (plus the action
  that follows it, if any); in tables, the cell as written.
- Deadlines drop the words in front ("trước", "trong", "vào", "chậm nhất", "hạn chót", "xong trước", "đến"): "trong
  07 ngày kể từ ngày họp" -> "07 ngày kể từ ngày họp", "trước mỗi chuyến ra khơi" -> "mỗi chuyến ra khơi", "trước
  đợt triều cường tháng 10 âm lịch" -> "đợt triều cường tháng 10 âm lịch", "đến hết quý II/2026" -> "hết quý II/2026",
  table cells "Trong tháng 8/2021" -> "tháng 8/2021", "Chậm nhất 12/3/2026" -> "12/3/2026", "Trước ngày bầu cử" ->
  "ngày bầu cử"; "suốt …", "Sau mỗi bữa ăn ca", frequencies ("mỗi tháng 02 lần", "Mỗi chuyến biển") stay whole;
  "ngày" stays before a date with no preposition ("khai giảng ngày 01/6/2023" -> "ngày 01/6/2023", a cell "Ngày
  15/3/2026"); dates keep their separators and lack of year ("20-9-2024", "25.02.2026", "20/02", "31/5").
- Not assignments: a member's own offer in the discussion that the chair never gives back; last month's tasks
  reported done (even by name); "Đề nghị mỗi đảng viên / toàn thể đảng viên / các đồng chí đảng viên …"; the month's
  plan items with nobody named; the cell's petition to the commune committee; an agenda table naming who presents;
  a template row left as dots.
- Conclusion present: "Kết luận (đ/c Bí thư): …" in a terse minute; the chair's conclusion written as the last
  paragraph, after the vote. Absent: the chair only thanks and closes; the chair thanks, "ghi nhận" the opinions and
  says the chi ủy will send a written conclusion later. "Kết luận số 137-KL/TW" is a document.
- Discussion: the rows of a ruled "Họ tên | Ý kiến" table and a named question with its answer are opinions; "thảo
  luận, nhất trí / thống nhất cao với báo cáo" is none.
- Votes: a vote table's row "10/10 | 0 | 0" -> for 10, against 0, abstain 0, percent null; "nhất trí 100% với
  phương hướng và phân công" -> percent 100 only; approving the minutes ("17/17 đồng chí nhất trí thông qua") is no
  vote.
- Attendance: a book minute that says nothing of exempt members ("Có mặt: 16/17") has exempt 0 and total =
  present + absent, although other minutes of the same book name one exempt member; "(không lý do)", "vắng không
  báo" (-> "không báo"), "chưa rõ lý do" and an empty reason cell are unexcused; "(đi làm công ty ở Bình Dương, có
  báo)" keeps ", có báo" in the reason; an extra "Bộ phận" column is no reason; a member who came late is present.
- Chair role: the Party role only ("Bí thư chi bộ" before a job such as "Trưởng ấp", "Hiệu trưởng", "Phó Chủ tịch
  UBND xã"); "(Bí thư)" -> "Bí thư"; a chair written without a role has role null.
- Meeting: an italic subject line "(Có nội dung góp ý …)" under a regular title is no topic; a lunar date written
  beside the solar one changes nothing; the location is kept as written without a bracketed remark after it ("nhà
  đồng chí Đỗ Văn Mười", "nhà văn hóa ấp", "Văn phòng Ban điều hành khu phố 6, số 45 đường số 9"); a committee or
  cell name over two header lines is one value joined by a space.
- The seal's text and "(đã ký)", "(đóng dấu)" typed under the signatures, and a footnote line, are page text only.
"""

from __future__ import annotations

from samples.heldout2.minutes import HD, C, G, H, L, P, S, T, meeting, minute, task, vote

PB = ("page_break",)


def att(total, present, absent=0, exc=0, unexc=0, exempt=0, absentees=(), guests=()):
    return {"total": total, "present": present, "absent": absent, "absent_excused": exc,
            "absent_unexcused": unexc, "exempt": exempt,
            "absentees": [{"name": n, "reason": r, "excused": e} for n, r, e in absentees],
            "guests": [{"name": n, "role": r} for n, r in guests]}


def SH(text, **kw):       # a sub-heading, bold italic, flush left
    return ("para", text, {"indent": 0, "bold": True, "italic": True, **kw})


def I(text, **kw):        # an italic line, flush left
    return ("para", text, {"indent": 0, "italic": True, **kw})


def TS(cols, rows, **kw):  # a ruled table with options (size, head_center)
    return ("table", cols, rows, kw)


def ROW(*cells):
    return ("row", list(cells))


DOCS: list[dict] = []


# =================================================================================================
# j01 — Bắc Giang (Lục Ngạn), village cell in the lychee harvest, June 2019. Roster table with ticks,
# task table with a "Phối hợp" column, vote table. Clean.
# =================================================================================================
_J01_ROSTER = [
    ["1", "Giáp Văn Thắng", "x", "", ""],
    ["2", "Hoàng Thị Lụa", "x", "", ""],
    ["3", "Nông Văn Cường", "x", "", ""],
    ["4", "Vi Văn Hải", "x", "", ""],
    ["5", "Giáp Thị Hoà", "x", "", ""],
    ["6", "Đặng Văn Phú", "x", "", ""],
    ["7", "Lương Văn Đức", "", "x", "Chở vải đi cửa khẩu Tân Thanh"],
    ["8", "Hà Thị Nguyệt", "x", "", ""],
    ["9", "Chu Văn Bình", "x", "", ""],
    ["10", "Nguyễn Văn Sinh", "x", "", ""],
    ["11", "Trần Thị Thuỷ", "x", "", ""],
    ["12", "Lục Văn Quang", "", "", "Miễn sinh hoạt (tuổi cao)"],
]
DOCS.append({
    "name": "j01-bacgiang-village-roster-table-clean", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 24, "spacing": 1.2, "top": 45, "bottom": 50,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ PHƯỢNG SƠN", "CHI BỘ THÔN KIM SƠN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phượng Sơn, ngày 05 tháng 6 năm 2019"]),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6 NĂM 2019"),
            G(6),
            P("Thực hiện Chương trình công tác năm 2019 của chi bộ, hôm nay, hồi 19 giờ 30 phút ngày 05 tháng 6 năm "
              "2019, tại Nhà văn hóa thôn Kim Sơn, Chi bộ thôn Kim Sơn họp sinh hoạt thường kỳ tháng 6 năm 2019. Do "
              "đang vào chính vụ vải thiều, chi bộ thống nhất họp buổi tối để đảng viên còn thu hái, vận chuyển vải "
              "ban ngày."),
            H("I. THÀNH PHẦN DỰ HỌP"),
            L("1. Đảng viên của chi bộ: tổng số 12 đồng chí, trong đó 01 đồng chí được miễn sinh hoạt đảng; phải dự "
              "11 đồng chí, có mặt 10 đồng chí, vắng 01 đồng chí (có lý do). Cụ thể:"),
            TS([(0.08, "TT", "c"), (0.34, "Họ và tên", "l"), (0.12, "Có mặt", "c"), (0.10, "Vắng", "c"),
                (0.36, "Lý do vắng, ghi chú", "l")], _J01_ROSTER, size=10.5, head_center=True),
            L("2. Khách mời: đồng chí Thân Văn Lực, Đảng ủy viên, phụ trách địa bàn thôn Kim Sơn."),
            L("3. Chủ trì: đồng chí Giáp Văn Thắng, Bí thư chi bộ."),
            L("4. Thư ký: đồng chí Hà Thị Nguyệt, chi ủy viên."),
            H("II. NỘI DUNG"),
            SH("1. Thông tin thời sự, quán triệt văn bản"),
            P("Đồng chí Bí thư thông tin tình hình tiêu thụ vải thiều năm 2019: toàn huyện có trên 28.000 ha vải, "
              "sản lượng dự kiến khoảng 150.000 tấn; vải sớm tại các điểm cân đầu mùa có giá từ 25.000 đến 35.000 "
              "đồng/kg. Phổ biến văn bản của Ủy ban nhân dân huyện về tăng cường phòng, chống bệnh Dịch tả lợn châu "
              "Phi; quán triệt chuyên đề năm 2019 “Nâng cao ý thức tôn trọng nhân dân, phát huy dân chủ, chăm lo đời "
              "sống nhân dân theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”."),
            SH("2. Đánh giá kết quả tháng 5/2019"),
            P("Ưu điểm: các hộ đã thu hoạch xong vải u hồng, giá bán khá; 100% đảng viên đóng đảng phí tháng 5 đúng "
              "hạn; thôn không để xảy ra vụ việc mất an ninh trật tự. Dịch tả lợn châu Phi xuất hiện tại 02 hộ xóm "
              "Đồng Mẫu, thôn đã phối hợp với thú y xã tiêu hủy 31 con, phun khử trùng toàn xóm."),
            P("Hạn chế: một số hộ còn để xe tải đỗ dọc đường liên thôn, gây ùn tắc vào giờ cân vải; vỏ chai thuốc "
              "bảo vệ thực vật còn vứt ở bờ mương; việc ghi sổ nhật ký sản xuất theo VietGAP chưa đều."),
            SH("3. Phương hướng, nhiệm vụ tháng 6/2019"),
            P("Tập trung thu hoạch, tiêu thụ vải chính vụ, không để tư thương ép giá; hoàn thành hồ sơ mã số vùng "
              "trồng cho các hộ có vải xuất khẩu; kiểm soát chặt việc vận chuyển lợn ra, vào thôn; giữ gìn an ninh "
              "trật tự, an toàn giao thông trong mùa vụ; động viên học sinh lớp 12 ôn thi trung học phổ thông quốc "
              "gia."),
            SH("4. Ý kiến tham gia của đảng viên"),
            L("- Đồng chí Nông Văn Cường: xe vào thôn mua vải mỗi ngày hơn 40 chuyến, đề nghị cắm biển chỉ dẫn ở "
              "đầu cầu Kim Sơn và cho xe đỗ tạm ở sân kho hợp tác xã cũ.", hang=12),
            L("- Đồng chí Hoàng Thị Lụa: Chi hội Phụ nữ đã nhắc hội viên ngừng phun thuốc trước khi thu hái; đề "
              "nghị chi bộ giao cụ thể người kiểm tra sổ nhật ký của từng hộ.", hang=12),
            L("- Đồng chí Thân Văn Lực: năm nay các doanh nghiệp thu mua vải đi Nhật, Mỹ chỉ nhận hàng của vườn đã "
              "có mã số vùng trồng; hộ nào chưa có phải làm ngay, không để mất giá.", hang=12),
            SH("5. Kết luận của đồng chí chủ trì"),
            P("Đồng chí Giáp Văn Thắng thay mặt chi ủy kết luận: tháng 5 chi bộ đã hoàn thành tốt nhiệm vụ, xử lý "
              "kịp thời ổ dịch ở xóm Đồng Mẫu. Tháng 6 chi bộ tập trung làm tốt ba việc: một là tổ chức thu hoạch, "
              "tiêu thụ vải có trật tự, an toàn; hai là không để dịch tả lợn châu Phi lây lan trong thôn; ba là giữ "
              "vệ sinh môi trường, an toàn giao thông trên đường liên thôn. Các việc cụ thể phân công như sau:"),
            T([(0.06, "TT", "c"), (0.36, "Nội dung công việc", "l"), (0.23, "Người thực hiện", "l"),
               (0.16, "Phối hợp", "l"), (0.19, "Thời gian hoàn thành", "l")], [
                ["1", "Hướng dẫn các hộ chưa có mã số vùng trồng làm hồ sơ, nộp về UBND xã", "Đ/c Vi Văn Hải",
                 "Trưởng thôn", "Trước 15/6/2019"],
                ["2", "Phân luồng xe chở vải ra vào thôn, không để xe đỗ dọc đường liên thôn", "Tổ an ninh thôn",
                 "Đ/c Chu Văn Bình", "Suốt vụ vải"],
                ["3", "Kiểm tra sổ nhật ký phun thuốc của các hộ, nhắc không dùng thuốc ngoài danh mục",
                 "Đ/c Hoàng Thị Lụa, đ/c Giáp Thị Hoà", "Chi hội Nông dân", "Hằng tuần"],
                ["4", "Theo dõi các hộ nuôi lợn, báo ngay cho thú y xã khi có lợn ốm, chết", "Đ/c Đặng Văn Phú",
                 "", "Thường xuyên"],
                ["5", "Tổng hợp sản lượng, giá bán vải của các hộ trong thôn", "Đ/c Nguyễn Văn Sinh",
                 "Các tổ trưởng", "Kỳ họp tháng 7"],
            ]),
            SH("6. Biểu quyết"),
            T([(0.46, "Nội dung biểu quyết", "l"), (0.16, "Tán thành", "c"), (0.20, "Không tán thành", "c"),
               (0.18, "Ý kiến khác", "c")], [
                ["Kết luận và phân công nhiệm vụ tháng 6/2019", "10/10", "0", "0"],
            ]),
            P("Buổi sinh hoạt kết thúc hồi 21 giờ 15 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ, các "
              "đồng chí dự họp nhất trí, không có ý kiến bổ sung."),
            S(["THƯ KÝ", "", "", "Hà Thị Nguyệt"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Giáp Văn Thắng"]),
        ],
        "truth": minute(
            meeting("regular", "2019-06-05", "19:30", "21:15", "Nhà văn hóa thôn Kim Sơn", "CHI BỘ THÔN KIM SƠN",
                    "ĐẢNG BỘ XÃ PHƯỢNG SƠN"),
            "Giáp Văn Thắng", "Bí thư chi bộ", "Hà Thị Nguyệt",
            att(12, 10, 1, 1, 0, 1, [("Lương Văn Đức", "Chở vải đi cửa khẩu Tân Thanh", True)],
                [("Thân Văn Lực", "Đảng ủy viên, phụ trách địa bàn thôn Kim Sơn")]),
            True,
            [vote("Kết luận và phân công nhiệm vụ tháng 6/2019", 10, 0, 0)],
            [task("Vi Văn Hải", "Hướng dẫn các hộ chưa có mã số vùng trồng làm hồ sơ, nộp về UBND xã", "15/6/2019"),
             task("Tổ an ninh thôn", "Phân luồng xe chở vải ra vào thôn, không để xe đỗ dọc đường liên thôn",
                  "Suốt vụ vải"),
             task("Hoàng Thị Lụa", "Kiểm tra sổ nhật ký phun thuốc của các hộ, nhắc không dùng thuốc ngoài danh mục",
                  "Hằng tuần"),
             task("Giáp Thị Hoà", "Kiểm tra sổ nhật ký phun thuốc của các hộ, nhắc không dùng thuốc ngoài danh mục",
                  "Hằng tuần"),
             task("Đặng Văn Phú", "Theo dõi các hộ nuôi lợn, báo ngay cho thú y xã khi có lợn ốm, chết",
                  "Thường xuyên"),
             task("Nguyễn Văn Sinh", "Tổng hợp sản lượng, giá bán vải của các hộ trong thôn", "Kỳ họp tháng 7")],
            []),
    }],
})


# =================================================================================================
# j02 — Kon Tum (Đăk Hà), semi-boarding school, September 2017. The book's printed template with its
# numbered fixed fields, every blank filled by the clerk; tasks with the verb after the name; "(đã ký)",
# "(đã ký, đóng dấu)" and the seal's text under the signatures. Clean.
# =================================================================================================
DOCS.append({
    "name": "j02-kontum-school-template-filled-clean", "folder": "test",
    "style": {"family": "dejavu", "size": 11, "justify": False, "indent": 0, "spacing": 1.3, "left": 72,
              "right": 52},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN ĐĂK HÀ", "CHI BỘ TRƯỜNG PTDTBT", "THCS ĐĂK PXI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đăk Pxi, ngày 08 tháng 9 năm 2017"], bold_left=(1, 2)),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("(Kỳ sinh hoạt tháng 9 năm 2017)", bold=False, italic=True),
            G(4),
            L("1. Thời gian: Bắt đầu lúc 14 giờ 00 phút, ngày 08 tháng 9 năm 2017."),
            L("2. Địa điểm: Phòng họp Hội đồng sư phạm nhà trường."),
            L("3. Thành phần dự họp:"),
            L("- Tổng số đảng viên của chi bộ: 16 đồng chí (chính thức: 14; dự bị: 02).", indent=14),
            L("- Số đảng viên được miễn sinh hoạt: không.", indent=14),
            L("- Số đảng viên có mặt: 15 đồng chí.", indent=14),
            L("- Số đảng viên vắng mặt: 01 đồng chí (có lý do: 01; không có lý do: không).", indent=14),
            L("- Họ tên đảng viên vắng mặt và lý do: đồng chí Y Hên, đưa học sinh bán trú đi cấp cứu tại Bệnh viện "
              "Đa khoa tỉnh.", indent=14, hang=22),
            L("- Đại biểu cấp ủy cấp trên dự: không.", indent=14),
            L("4. Chủ trì: đồng chí A Thuyên, Bí thư chi bộ, Hiệu trưởng nhà trường."),
            L("5. Thư ký: đồng chí Nguyễn Thị Thanh Huyền, đảng viên."),
            L("6. Nội dung sinh hoạt:"),
            H("6.1. Thông tin thời sự, chính sách mới"),
            P("Đồng chí Bí thư thông tin: ngày 05/9/2017 toàn tỉnh khai giảng năm học 2017 – 2018. Nghị định số "
              "116/2016/NĐ-CP của Chính phủ về chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt "
              "khó khăn tiếp tục được thực hiện: mỗi học sinh bán trú được hỗ trợ 15 kg gạo và tiền ăn bằng 40% "
              "mức lương cơ sở mỗi tháng. Quán triệt Quy định số 55-QĐ/TW của Bộ Chính trị về một số việc cần làm "
              "ngay để tăng cường vai trò nêu gương của cán bộ, đảng viên.", indent=20),
            H("6.2. Kết quả thực hiện nhiệm vụ tháng 8/2017"),
            P("Nhà trường đã sửa xong 04 phòng ở bán trú và nhà bếp trước ngày tựu trường 21/8; lễ khai giảng tổ "
              "chức trang trọng, đúng kế hoạch. Tỷ lệ học sinh ra lớp đạt 96,4% (321/333 em); còn 12 em chưa ra "
              "lớp, trong đó 07 em ở thôn Kon Pông theo gia đình lên rẫy, 05 em ở nhà làm thuê. Đảng phí tháng 8 "
              "thu đủ 16/16 đồng chí. Hạn chế: vận động học sinh ở thôn xa còn chậm; khu bán trú thiếu nước sinh "
              "hoạt vào buổi chiều.", indent=20),
            H("6.3. Phương hướng, nhiệm vụ tháng 9/2017"),
            P("Ổn định nề nếp dạy và học, duy trì sĩ số; nấu ăn bán trú bảo đảm vệ sinh an toàn thực phẩm; xây "
              "dựng kế hoạch bồi dưỡng học sinh giỏi, phụ đạo học sinh yếu; phòng, chống sốt xuất huyết và bệnh tay "
              "chân miệng; tổ chức Tết Trung thu cho học sinh.", indent=20),
            H("6.4. Ý kiến thảo luận"),
            L("- Đồng chí Y Blơm (Tổ trưởng tổ Văn – Sử – Địa): các em ở Kon Pông phần lớn theo cha mẹ lên rẫy mì, "
              "muốn vận động được phải gặp già làng và trưởng thôn trước; đề nghị cử giáo viên người dân tộc cùng "
              "đi.", indent=14, hang=22),
            L("- Đồng chí Trần Văn Khởi (Phó Hiệu trưởng): gạo hỗ trợ học kỳ I chưa về, nhà trường tạm ứng gạo "
              "để nấu; đề nghị có văn bản gửi Phòng Giáo dục và Đào tạo huyện đôn đốc.", indent=14, hang=22),
            L("- Đồng chí Lê Thị Mai: giếng khoan khu bán trú yếu, đề nghị lắp thêm bồn chứa 2 khối.", indent=14,
              hang=22),
            L("7. Kết luận của đồng chí chủ trì:"),
            P("Chi bộ thống nhất lấy việc duy trì sĩ số làm nhiệm vụ trọng tâm của tháng 9, không để học sinh bỏ "
              "học vì thiếu ăn, thiếu chỗ ở. Đồng ý tạm ứng gạo cho bếp ăn bán trú đến khi gạo hỗ trợ về; việc "
              "lắp bồn chứa nước làm bằng nguồn xã hội hóa. Đảng viên là giáo viên chủ nhiệm phải nắm từng em nghỉ "
              "học, báo ngay cho nhà trường.", indent=20),
            L("8. Phân công nhiệm vụ:"),
            L("- Đồng chí Trần Văn Khởi, Phó Bí thư chi bộ, phụ trách công tác bán trú: nhận gạo hỗ trợ, bố trí "
              "người nấu, kiểm tra bữa ăn của học sinh hằng ngày.", indent=14, hang=22),
            L("- Đồng chí Y Blơm và đồng chí A Sang cùng già làng A Brông vận động 12 em còn nghỉ trở lại lớp; "
              "chậm nhất ngày 15/9/2017 báo kết quả về chi bộ.", indent=14, hang=22),
            L("- Tổ Toán – Lý – Tin đảm nhận bồi dưỡng học sinh giỏi lớp 9, lập danh sách đội tuyển xong trước "
              "30/9/2017.", indent=14, hang=22),
            L("- Việc lắp bồn chứa nước khu bán trú: đồng chí Lê Thị Mai chịu trách nhiệm liên hệ nhà hảo tâm, "
              "hoàn thành trong tháng 9/2017.", indent=14, hang=22),
            L("- Chi đoàn nhà trường chịu trách nhiệm tổ chức Tết Trung thu cho học sinh bán trú vào tối "
              "04/10/2017.", indent=14, hang=22),
            L("9. Biểu quyết:"),
            L("- Tán thành: 15/15 đồng chí, đạt tỷ lệ 100%.", indent=14),
            L("- Không tán thành: không.", indent=14),
            L("- Ý kiến khác: không.", indent=14),
            L("10. Buổi sinh hoạt kết thúc lúc 16 giờ 05 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và "
              "được các đồng chí dự họp nhất trí thông qua.", hang=22),
            S(["THƯ KÝ", "(đã ký)", "", "Nguyễn Thị Thanh Huyền"],
              ["T/M CHI BỘ", "BÍ THƯ", "(đã ký, đóng dấu)", "", "A Thuyên"]),
            G(4),
            C("(Dấu: CHI BỘ TRƯỜNG PTDTBT THCS ĐĂK PXI * ĐẢNG BỘ HUYỆN ĐĂK HÀ)", bold=False, italic=True,
              size=9),
        ],
        "truth": minute(
            meeting("regular", "2017-09-08", "14:00", "16:05", "Phòng họp Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG PTDTBT THCS ĐĂK PXI", "ĐẢNG BỘ HUYỆN ĐĂK HÀ"),
            "A Thuyên", "Bí thư chi bộ", "Nguyễn Thị Thanh Huyền",
            att(16, 15, 1, 1, 0, 0, [("Y Hên", "đưa học sinh bán trú đi cấp cứu tại Bệnh viện Đa khoa tỉnh", True)]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 9/2017", 15, 0, 0, 100)],
            [task("Trần Văn Khởi", "phụ trách công tác bán trú: nhận gạo hỗ trợ, bố trí người nấu, kiểm tra bữa ăn "
                  "của học sinh", "hằng ngày"),
             task("Y Blơm", "cùng già làng A Brông vận động 12 em còn nghỉ trở lại lớp", "15/9/2017"),
             task("A Sang", "cùng già làng A Brông vận động 12 em còn nghỉ trở lại lớp", "15/9/2017"),
             task("Tổ Toán – Lý – Tin", "bồi dưỡng học sinh giỏi lớp 9, lập danh sách đội tuyển", "30/9/2017"),
             task("Lê Thị Mai", "lắp bồn chứa nước khu bán trú: liên hệ nhà hảo tâm", "tháng 9/2017"),
             task("Chi đoàn nhà trường", "tổ chức Tết Trung thu cho học sinh bán trú", "tối 04/10/2017")],
            []),
    }],
})


# =================================================================================================
# j03 — Vĩnh Long city, Phường 4, neighbourhood (khóm) cell, September 2024. No headings at all: long
# paragraphs; the tasks come before the vote and the chair's conclusion is the last paragraph; a role with
# nobody named "chủ trì, phối hợp với …", three members together, a lunar deadline. Clean.
# =================================================================================================
DOCS.append({
    "name": "j03-vinhlong-ward-noheadings-conclusion-last-clean", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 36, "spacing": 1.35, "para_gap": 5},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG 4", "CHI BỘ KHÓM 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phường 4, ngày 12 tháng 9 năm 2024"]),
            G(4),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("Kỳ họp tháng 9 năm 2024", bold=False, italic=True),
            G(6),
            P("Vào lúc 18 giờ 30 phút ngày 12 tháng 9 năm 2024, tại Nhà văn hóa khóm 2, Chi bộ Khóm 2 họp kỳ tháng "
              "9 năm 2024. Chi bộ hiện có 23 đảng viên, trong đó 03 đồng chí được miễn sinh hoạt do tuổi cao, sức "
              "yếu; phải dự 20 đồng chí, có mặt 19 đồng chí, vắng 01 đồng chí là đồng chí Huỳnh Văn Út đang điều trị "
              "tại Bệnh viện Chợ Rẫy. Về dự có đồng chí Lâm Thị Mỹ Hạnh, Phó Bí thư Đảng ủy phường. Đồng chí Trương "
              "Minh Nhựt, Bí thư chi bộ, chủ trì buổi họp; đồng chí Võ Thị Ngọc Diễm, chi ủy viên, ghi biên bản."),
            P("Mở đầu, đồng chí Bí thư thông tin một số nội dung thời sự: cơn bão số 3 (Yagi) gây thiệt hại rất nặng "
              "nề cho các tỉnh phía Bắc, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam kêu gọi toàn dân ủng hộ; đồng chí "
              "Tô Lâm được Ban Chấp hành Trung ương bầu giữ chức Tổng Bí thư; phổ biến Quy định số 144-QĐ/TW của Bộ "
              "Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới. Tiếp đó, đồng chí "
              "đánh giá tình hình tháng 8: khóm thu quỹ phòng, chống thiên tai đạt 92%; lễ kỷ niệm Quốc khánh 2/9 "
              "tổ chức chu đáo, 100% hộ treo cờ; hẻm 14 được đổ bê tông bằng tiền bà con đóng góp. Tuy vậy, khóm có "
              "03 ca sốt xuất huyết, rác thải vẫn còn đổ ra ven sông Cổ Chiên và tình trạng tụ tập uống rượu khuya ở "
              "vài điểm chưa dứt."),
            P("Tham gia ý kiến, đồng chí Nguyễn Văn Bảy cho rằng cả ba ca sốt xuất huyết đều ở tổ 5, nơi nhiều nhà còn "
              "lu, khạp chứa nước không đậy nắp, phải ra quân ngay trước đợt mưa lớn. Đồng chí Đặng Thị Hồng Nhung "
              "phản ánh quần chúng Trần Thanh Tú, đoàn viên ưu tú, đã học xong lớp nhận thức về Đảng nhưng lý lịch "
              "còn chờ xác minh ở quê ngoại tại Bến Tre, đề nghị chi bộ có người theo dõi sát. Đồng chí Lê Thị Thu Ba "
              "đề nghị vận động ủng hộ đồng bào phía Bắc theo tinh thần tự nguyện, hộ khó khăn thì góp ít, không ép "
              "buộc. Đồng chí Lâm Thị Mỹ Hạnh ghi nhận sự chủ động của chi bộ và lưu ý chuẩn bị ứng phó đợt triều "
              "cường cuối tháng 9 và tháng 10."),
            P("Trên cơ sở các ý kiến, chi bộ thống nhất phân công: giao đồng chí Trưởng khóm chủ trì, phối hợp với "
              "Chi hội Phụ nữ khóm ra quân diệt lăng quăng, bọ gậy tại tổ 5 và tổ 6, xong trước rằm tháng Tám âm "
              "lịch; ba đồng chí Phạm Văn Sang, Lê Thị Thu Ba và Nguyễn Văn Bảy cùng vận động các hộ ủng hộ đồng bào "
              "bị thiệt hại do bão số 3, nộp về Ủy ban Mặt trận Tổ quốc phường trước ngày 20-9-2024; đồng chí Đặng "
              "Thị Hồng Nhung có trách nhiệm theo dõi, giúp đỡ quần chúng Trần Thanh Tú hoàn thiện hồ sơ đề nghị kết "
              "nạp Đảng, báo cáo chi bộ tại kỳ họp tháng 10; Chi đoàn khóm chịu trách nhiệm dọn vệ sinh đoạn bờ kè "
              "ven sông vào sáng Chủ nhật hằng tuần."),
            P("Chi bộ biểu quyết thông qua nhiệm vụ tháng 9 và các nội dung phân công nêu trên bằng hình thức giơ "
              "tay: 19/19 đồng chí có mặt tán thành, đạt 100%, không có ý kiến khác."),
            P("Phát biểu kết luận, đồng chí Trương Minh Nhựt nhấn mạnh: tháng 9 chi bộ lấy phòng, chống sốt xuất "
              "huyết, ứng phó triều cường và vận động ủng hộ đồng bào phía Bắc làm ba việc trọng tâm; các đồng chí "
              "được phân công phải bám tổ, bám hộ, có khó khăn báo ngay chi ủy; chi ủy sẽ kiểm tra tiến độ từng việc "
              "tại kỳ họp tháng 10. Đề nghị các đồng chí đảng viên gương mẫu đi đầu, nhất là trong việc giữ vệ sinh "
              "ven sông và không tụ tập uống rượu khuya."),
            P("Buổi họp kết thúc lúc 20 giờ 20 phút; biên bản được đọc lại và được chi bộ nhất trí thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Võ Thị Ngọc Diễm"], ["CHỦ TRÌ", "", "", "Trương Minh Nhựt"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-12", "18:30", "20:20", "Nhà văn hóa khóm 2", "CHI BỘ KHÓM 2",
                    "ĐẢNG BỘ PHƯỜNG 4"),
            "Trương Minh Nhựt", "Bí thư chi bộ", "Võ Thị Ngọc Diễm",
            att(23, 19, 1, 1, 0, 3, [("Huỳnh Văn Út", "đang điều trị tại Bệnh viện Chợ Rẫy", True)],
                [("Lâm Thị Mỹ Hạnh", "Phó Bí thư Đảng ủy phường")]),
            True,
            [vote("Nhiệm vụ tháng 9 và phân công", 19, None, 0, 100)],
            [task("Trưởng khóm", "chủ trì, phối hợp với Chi hội Phụ nữ khóm ra quân diệt lăng quăng, bọ gậy tại tổ 5 "
                  "và tổ 6", "rằm tháng Tám âm lịch"),
             task("Phạm Văn Sang", "vận động các hộ ủng hộ đồng bào bị thiệt hại do bão số 3, nộp về Ủy ban Mặt trận "
                  "Tổ quốc phường", "20-9-2024"),
             task("Lê Thị Thu Ba", "vận động các hộ ủng hộ đồng bào bị thiệt hại do bão số 3, nộp về Ủy ban Mặt trận "
                  "Tổ quốc phường", "20-9-2024"),
             task("Nguyễn Văn Bảy", "vận động các hộ ủng hộ đồng bào bị thiệt hại do bão số 3, nộp về Ủy ban Mặt trận "
                  "Tổ quốc phường", "20-9-2024"),
             task("Đặng Thị Hồng Nhung", "theo dõi, giúp đỡ quần chúng Trần Thanh Tú hoàn thiện hồ sơ đề nghị kết "
                  "nạp Đảng", "kỳ họp tháng 10"),
             task("Chi đoàn khóm", "dọn vệ sinh đoạn bờ kè ven sông", "sáng Chủ nhật hằng tuần")],
            []),
    }],
})


# =================================================================================================
# j04 — Thanh Hóa (Hoằng Hóa), shoe company workshop cell, August 2021 (COVID-19, "3 tại chỗ"). Committee
# over two header lines and "Số:"; right-aligned running head; an absentee table with an extra column and an
# empty reason cell; headings A. B. C. D. Đ. E. G.; a task table with the assignee column first that runs
# over the page break (three people in one cell, two in another, a group, an empty deadline cell); the
# vote after the tasks. 26 of 29 -> low_attendance, unexcused_absence.
# =================================================================================================
DOCS.append({
    "name": "j04-thanhhoa-shoe-workshop-table-over-pagebreak-low", "folder": "test",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 22, "spacing": 1.25, "bottom": 50,
              "head": "Biên bản sinh hoạt Chi bộ Xưởng May mũ số 2 – tháng 8/2021", "head_align": "right",
              "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY TNHH", "GIÀY AN THỊNH THANH HÓA", "CHI BỘ XƯỞNG MAY MŨ SỐ 2", "Số: 08-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hoằng Hóa, ngày 14 tháng 8 năm 2021"], bold_left=(2,)),
            G(4),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 8/2021"),
            G(2),
            L("- Thời gian: từ 15h30 đến 17h20 ngày 14/8/2021 (sau ca sáng)."),
            L("- Địa điểm: Phòng giao ban Xưởng May mũ số 2 (ngồi giãn cách, đeo khẩu trang)."),
            L("- Chủ trì: đ/c Lê Thị Hằng – Bí thư chi bộ, Quản đốc xưởng."),
            L("- Thư ký: đ/c Đỗ Văn Kiên – chi ủy viên."),
            L("- Khách mời: đ/c Trịnh Xuân Hùng – Phó Bí thư Đảng ủy Công ty, Chủ tịch Công đoàn Công ty.", hang=10),
            L("- Đảng viên: tổng số 31 đồng chí; miễn sinh hoạt 02 đồng chí; phải dự 29 đồng chí; có mặt 26 đồng chí "
              "(đạt 89,7%); vắng 03 đồng chí, cụ thể:", hang=10),
            T([(0.08, "TT", "c"), (0.34, "Họ và tên", "l"), (0.22, "Bộ phận", "l"), (0.36, "Lý do vắng", "l")], [
                ["1", "Phạm Thị Loan", "Tổ may 5", "Đang cách ly y tế tại nhà"],
                ["2", "Nguyễn Văn Tuấn", "Tổ cắt", "Nghỉ chăm con nằm viện"],
                ["3", "Lê Đình Quý", "Tổ hoàn thiện", ""],
            ]),
            H("A. THÔNG TIN, QUÁN TRIỆT"),
            P("Đồng chí Bí thư thông báo tình hình dịch COVID-19 trong tỉnh; Ban Giám đốc Công ty quyết định áp dụng "
              "phương án “3 tại chỗ” từ ngày 18/8/2021 với công nhân ở vùng nguy cơ cao. Phổ biến Nghị quyết số "
              "68/NQ-CP của Chính phủ về chính sách hỗ trợ người lao động gặp khó khăn do đại dịch COVID-19."),
            H("B. KẾT QUẢ THÁNG 7/2021"),
            P("Xưởng hoàn thành 412.000 đôi mũ giày, đạt 94% kế hoạch; 628/740 công nhân đã tiêm mũi 1 vắc xin. Hạn "
              "chế: công nhân còn tụ tập ở nhà xe lúc đổi ca; một số đảng viên chưa gương mẫu khai báo y tế."),
            H("C. NHIỆM VỤ THÁNG 8/2021"),
            P("Sản xuất an toàn; chuẩn bị phương án “3 tại chỗ”; phân luồng ra, vào ca; thu đảng phí quý III."),
            H("D. Ý KIẾN THẢO LUẬN"),
            L("+ Đ/c Mai Thị Huệ (Tổ trưởng tổ may 3): công nhân nữ có con nhỏ khó ở lại xưởng, đề nghị cho đăng ký "
              "tự nguyện, không bắt buộc.", hang=10),
            L("+ Đ/c Trần Văn Lực: đề nghị dùng kho thành phẩm cũ làm chỗ nghỉ, mua thêm giường gấp.", hang=10),
            L("+ Đ/c Trịnh Xuân Hùng: Công đoàn Công ty hỗ trợ mỗi công nhân ở lại 50.000 đồng/ngày; danh sách hưởng "
              "hỗ trợ theo Nghị quyết 68 gửi về trước ngày 25/8.", hang=10),
            H("Đ. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Đồng chí Lê Thị Hằng kết luận: chi bộ nhất trí thực hiện phương án “3 tại chỗ” trên tinh thần tự "
              "nguyện, ưu tiên công nhân không có con nhỏ; vừa giữ an toàn vừa giữ việc làm cho người lao động. Mỗi "
              "đảng viên phải gương mẫu khai báo y tế. Các việc phân công như sau:"),
            H("E. PHÂN CÔNG THỰC HIỆN"),
            T([(0.07, "TT", "c"), (0.27, "Người thực hiện", "l"), (0.46, "Nội dung công việc", "l"),
               (0.20, "Thời hạn", "l")], [
                ["1", "Đ/c Lê Thị Hằng", "Lập danh sách công nhân tự nguyện ở lại xưởng theo phương án "
                 "“3 tại chỗ”, trình Ban Giám đốc", "Trước 17/8/2021"],
                ["2", "Đ/c Trần Văn Lực, đ/c Mai Thị Huệ", "Bố trí chỗ nghỉ tạm tại kho thành phẩm cũ: giường gấp, "
                 "màn, nước uống, nhà tắm", "Xong trước 18/8/2021"],
                ["3", "Tổ y tế xưởng", "Đo thân nhiệt, kiểm tra khai báo y tế đầu ca; phối hợp Trung tâm Y tế "
                 "huyện test nhanh cho công nhân", "Hằng ngày"],
                ["4", "Đ/c Nguyễn Thị Thu", "Lập danh sách người lao động đủ điều kiện hưởng hỗ trợ theo Nghị quyết "
                 "68/NQ-CP, gửi Công đoàn Công ty", "Trong tháng 8/2021"],
                ["5", "Chi đoàn Xưởng May mũ số 2", "Lập đội thanh niên tình nguyện hỗ trợ bếp ăn, phun khử khuẩn "
                 "nhà ăn", "Sau mỗi bữa ăn ca"],
                ["6", "Đ/c Đỗ Văn Kiên", "Thu đảng phí quý III, nộp Văn phòng Đảng ủy Công ty", "Hạn chót 25/8/2021"],
                ["7", "Tổ cắt", "Kê lại bàn cắt, bảo đảm khoảng cách 2 mét giữa các vị trí làm việc", ""],
                ["8", "Đ/c Hoàng Văn Nam, đ/c Vũ Thị Lan, đ/c Cao Văn Thịnh", "Theo dõi, giúp đỡ quần chúng Lê Thị "
                 "Ngọc Ánh, Đào Văn Sơn học lớp bồi dưỡng nhận thức về Đảng", "Quý IV/2021"],
            ]),
            H("G. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết thông qua kết luận và phân công nhiệm vụ tháng 8/2021: 25/26 đồng chí tán thành, đạt "
              "96,2%; 01 đồng chí không tán thành (đề nghị chỉ áp dụng “3 tại chỗ” khi có yêu cầu của huyện)."),
            P("Buổi sinh hoạt kết thúc lúc 17 giờ 20 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ, 26/26 "
              "đồng chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Đỗ Văn Kiên"], ["CHỦ TRÌ", "", "", "Lê Thị Hằng"]),
        ],
        "truth": minute(
            meeting("regular", "2021-08-14", "15:30", "17:20", "Phòng giao ban Xưởng May mũ số 2",
                    "CHI BỘ XƯỞNG MAY MŨ SỐ 2", "ĐẢNG BỘ CÔNG TY TNHH GIÀY AN THỊNH THANH HÓA"),
            "Lê Thị Hằng", "Bí thư chi bộ", "Đỗ Văn Kiên",
            att(31, 26, 3, 2, 1, 2, [("Phạm Thị Loan", "Đang cách ly y tế tại nhà", True),
                                     ("Nguyễn Văn Tuấn", "Nghỉ chăm con nằm viện", True),
                                     ("Lê Đình Quý", None, False)],
                [("Trịnh Xuân Hùng", "Phó Bí thư Đảng ủy Công ty, Chủ tịch Công đoàn Công ty")]),
            True,
            [vote("Kết luận và phân công nhiệm vụ tháng 8/2021", 25, 1, None, 96.2)],
            [task("Lê Thị Hằng", "Lập danh sách công nhân tự nguyện ở lại xưởng theo phương án “3 tại chỗ”, "
                  "trình Ban Giám đốc", "17/8/2021"),
             task("Trần Văn Lực", "Bố trí chỗ nghỉ tạm tại kho thành phẩm cũ: giường gấp, màn, nước uống, nhà tắm",
                  "18/8/2021"),
             task("Mai Thị Huệ", "Bố trí chỗ nghỉ tạm tại kho thành phẩm cũ: giường gấp, màn, nước uống, nhà tắm",
                  "18/8/2021"),
             task("Tổ y tế xưởng", "Đo thân nhiệt, kiểm tra khai báo y tế đầu ca; phối hợp Trung tâm Y tế huyện test "
                  "nhanh cho công nhân", "Hằng ngày"),
             task("Nguyễn Thị Thu", "Lập danh sách người lao động đủ điều kiện hưởng hỗ trợ theo Nghị quyết 68/NQ-CP, "
                  "gửi Công đoàn Công ty", "tháng 8/2021"),
             task("Chi đoàn Xưởng May mũ số 2", "Lập đội thanh niên tình nguyện hỗ trợ bếp ăn, phun khử khuẩn nhà ăn",
                  "Sau mỗi bữa ăn ca"),
             task("Đỗ Văn Kiên", "Thu đảng phí quý III, nộp Văn phòng Đảng ủy Công ty", "25/8/2021"),
             task("Tổ cắt", "Kê lại bàn cắt, bảo đảm khoảng cách 2 mét giữa các vị trí làm việc", None),
             task("Hoàng Văn Nam", "Theo dõi, giúp đỡ quần chúng Lê Thị Ngọc Ánh, Đào Văn Sơn học lớp bồi dưỡng nhận "
                  "thức về Đảng", "Quý IV/2021"),
             task("Vũ Thị Lan", "Theo dõi, giúp đỡ quần chúng Lê Thị Ngọc Ánh, Đào Văn Sơn học lớp bồi dưỡng nhận "
                  "thức về Đảng", "Quý IV/2021"),
             task("Cao Văn Thịnh", "Theo dõi, giúp đỡ quần chúng Lê Thị Ngọc Ánh, Đào Văn Sơn học lớp bồi dưỡng nhận "
                  "thức về Đảng", "Quý IV/2021")],
            ["low_attendance", "unexcused_absence"]),
    }],
})


# =================================================================================================
# j05 — Quảng Bình (Lệ Thủy), commune office cell, October 2018, regular meeting combined with the Q4
# thematic one in 110 minutes. Old tone marks (Uỷ, Thuỷ, Hoà); "*" fields; opinions as a ruled table
# "Họ tên | Ý kiến"; tasks given with "có trách nhiệm", "Đề nghị đồng chí …", "… đảm nhận", "…: đồng chí X
# chịu trách nhiệm", a role with no name; a petition to the commune committee; no vote at all, only the
# minutes approved -> missing_vote, short_meeting.
# =================================================================================================
DOCS.append({
    "name": "j05-quangbinh-commune-office-combined-110min-no-vote", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.3, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG UỶ XÃ MỸ THUỶ", "CHI BỘ KHỐI CƠ QUAN", "Số: 14-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mỹ Thuỷ, ngày 09 tháng 10 năm 2018"]),
            G(4),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2018"),
            C("Chuyên đề: Xây dựng phong cách, tác phong công tác của cán bộ, công chức cơ quan xã theo tư tưởng, "
              "đạo đức, phong cách Hồ Chí Minh", bold=False, italic=True),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("* Thời gian: từ 14 giờ 00 phút đến 15 giờ 50 phút, ngày 09/10/2018."),
            L("* Địa điểm: Hội trường Uỷ ban nhân dân xã."),
            L("* Thành phần: đảng viên trong chi bộ 17 đồng chí, có mặt 17/17 đồng chí."),
            L("* Chủ trì: đồng chí Trần Quốc Bảo – Bí thư chi bộ, Phó Chủ tịch UBND xã."),
            L("* Thư ký: đồng chí Hoàng Thị Thuý Hằng – công chức Văn phòng – Thống kê."),
            H("II. NỘI DUNG"),
            H("1. Sinh hoạt thường kỳ"),
            P("a) Đồng chí Bí thư đánh giá kết quả tháng 9: vụ hè thu thu hoạch xong, năng suất bình quân 52 tạ/ha; "
              "thu ngân sách 9 tháng đạt 81% dự toán, riêng thuế sử dụng đất phi nông nghiệp mới thu được 63%; xã đã "
              "đạt 15/19 tiêu chí nông thôn mới, còn các tiêu chí giao thông, thuỷ lợi, môi trường và thu nhập. Hạn "
              "chế: một số cán bộ, công chức đi muộn, về sớm, tiếp công dân tại bộ phận một cửa chưa đúng giờ; 04 hồ "
              "sơ đất đai giải quyết trễ hẹn."),
            P("b) Nhiệm vụ tháng 10: chủ động phòng, chống lụt bão theo phương châm “bốn tại chỗ”; đôn đốc thu thuế, "
              "phí; chuẩn bị giống, vật tư cho vụ đông xuân 2018 – 2019; hoàn thiện hồ sơ các tiêu chí nông thôn mới "
              "còn thiếu."),
            H("2. Sinh hoạt chuyên đề"),
            P("Đồng chí Trần Thị Lài, Phó Bí thư chi bộ, trình bày chuyên đề, làm rõ phong cách “gần dân, trọng dân, "
              "hiểu dân, học dân, có trách nhiệm với dân”; chỉ ra những biểu hiện cần khắc phục ở cơ quan xã: để "
              "công dân chờ lâu, trả lời qua loa, hẹn nhiều lần, làm việc riêng trong giờ hành chính. Đề nghị mỗi "
              "đảng viên liên hệ bản thân và đăng ký việc làm cụ thể."),
            H("3. Ý kiến thảo luận"),
            T([(0.27, "Họ tên", "l"), (0.73, "Ý kiến", "l")], [
                ["Nguyễn Văn Lợi", "Thôn Tuy Lộc và Xuân Lai trũng thấp, năm 2016 nước lũ lên gần 2 mét; đề nghị lập "
                 "sẵn danh sách hộ phải di dời, không đợi có lũ mới làm."],
                ["Lê Văn Hoà", "Thuế phi nông nghiệp thu chậm vì nhiều hộ đi làm ăn xa; đề nghị các thôn thông báo "
                 "lại trên loa truyền thanh."],
                ["Đinh Thị Hương", "Liên hệ bản thân: có lúc trả lời công dân còn cộc lốc; xin tiếp thu, sửa chữa "
                 "ngay trong tháng."],
            ]),
            H("4. Kết luận"),
            P("Đồng chí Trần Quốc Bảo kết luận: chi bộ thống nhất với báo cáo và nội dung chuyên đề; từ tháng 10 mỗi "
              "cán bộ, công chức đăng ký một việc làm cụ thể để thực hiện chuyên đề, công khai tại bộ phận một cửa; "
              "tập trung cao cho phòng, chống lụt bão, không để bị động khi có lũ lớn; phấn đấu thu thuế phi nông "
              "nghiệp đạt 100% trong năm."),
            H("5. Phân công"),
            L("- Đồng chí Trần Thị Lài, Phó Bí thư chi bộ, có trách nhiệm xây dựng kế hoạch thực hiện chuyên đề và "
              "tổng hợp bản đăng ký làm theo của từng đảng viên, xong trước ngày 20/10/2018.", hang=12),
            L("- Đề nghị đồng chí Nguyễn Văn Lợi rà soát các hộ vùng trũng thôn Tuy Lộc, Xuân Lai, lập phương án di "
              "dời khi có lũ, báo cáo Ban Chỉ huy phòng, chống thiên tai xã chậm nhất ngày 15/10.", hang=12),
            L("- Ban Chỉ huy Quân sự xã đảm nhận việc chuẩn bị ca nô, áo phao, trực 24/24 giờ suốt mùa mưa bão.",
              hang=12),
            L("- Thu thuế sử dụng đất phi nông nghiệp năm 2018: đồng chí Lê Văn Hoà chịu trách nhiệm, hạn chót "
              "30/11/2018.", hang=12),
            L("- Giao đồng chí Trưởng Công an xã chỉ đạo lực lượng tuần tra các tuyến đê, bến đò vào các đêm có mưa "
              "lớn.", hang=12),
            L("- Chi bộ kiến nghị Đảng uỷ xã bố trí kinh phí sửa cống tiêu Bàu Sen trước mùa lũ.", hang=12),
            P("Buổi sinh hoạt kết thúc lúc 15 giờ 50 phút cùng ngày. Biên bản được đọc lại trước chi bộ, 17/17 đồng "
              "chí nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Hoàng Thị Thuý Hằng"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Trần Quốc Bảo"]),
        ],
        "truth": minute(
            meeting("regular", "2018-10-09", "14:00", "15:50", "Hội trường Uỷ ban nhân dân xã", "CHI BỘ KHỐI CƠ QUAN",
                    "ĐẢNG UỶ XÃ MỸ THUỶ",
                    topic="Xây dựng phong cách, tác phong công tác của cán bộ, công chức cơ quan xã theo tư tưởng, "
                          "đạo đức, phong cách Hồ Chí Minh"),
            "Trần Quốc Bảo", "Bí thư chi bộ", "Hoàng Thị Thuý Hằng",
            att(17, 17),
            True,
            [],
            [task("Trần Thị Lài", "xây dựng kế hoạch thực hiện chuyên đề và tổng hợp bản đăng ký làm theo của từng "
                  "đảng viên", "20/10/2018"),
             task("Nguyễn Văn Lợi", "rà soát các hộ vùng trũng thôn Tuy Lộc, Xuân Lai, lập phương án di dời khi có "
                  "lũ, báo cáo Ban Chỉ huy phòng, chống thiên tai xã", "15/10"),
             task("Ban Chỉ huy Quân sự xã", "chuẩn bị ca nô, áo phao, trực 24/24 giờ", "suốt mùa mưa bão"),
             task("Lê Văn Hoà", "Thu thuế sử dụng đất phi nông nghiệp năm 2018", "30/11/2018"),
             task("Trưởng Công an xã", "chỉ đạo lực lượng tuần tra các tuyến đê, bến đò", "các đêm có mưa lớn")],
            ["missing_vote", "short_meeting"]),
    }],
})


# =================================================================================================
# j06 — An Giang (Tri Tôn), Khmer hamlet, April 2025. A terse one-page minute, a line or two per part.
# Exactly 90 minutes and exactly 18 of 20 (neither short nor low). Only task look-alikes: last month's tasks
# reported done, a member's own offer, "Đề nghị mỗi đảng viên …", a plan with nobody named, a request to the
# commune committee; "Kết luận số 137-KL/TW" is a document. Ends with the end time, never read back
# -> missing_assignments, not_approved.
# =================================================================================================
DOCS.append({
    "name": "j06-angiang-khmer-hamlet-terse-lookalikes", "folder": "test",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.3, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY XÃ LƯƠNG PHI", "CHI BỘ ẤP Ô TÀ SÓC", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lương Phi, ngày 08 tháng 4 năm 2025"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2025"),
            G(6),
            L("1. Thời gian: 19g00 – 20g30, ngày 08/4/2025."),
            L("2. Địa điểm: nhà văn hóa ấp."),
            L("3. Dự họp: tổng số 22 đ/c, miễn SH 02 đ/c, có mặt 18/20 đ/c. Vắng 02 đ/c: Chau Sóc Khanh (đi làm "
              "công ty ở Bình Dương, có báo), Néang Sa Vy (bệnh).", hang=14),
            L("4. Chủ trì: đ/c Chau Ty, Bí thư chi bộ. Thư ký: đ/c Lâm Thị Bích Tuyền."),
            L("5. Nội dung:"),
            L("a) Thông tin: Kết luận số 137-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp đơn vị hành chính, không "
              "tổ chức cấp huyện, sáp nhập xã. Lịch nghỉ Tết Chôl Chnăm Thmây từ 14 đến 16/4.", indent=14, hang=28),
            L("b) Tháng 3: việc phân công kỳ trước đã xong: đ/c Lâm Thị Bích Tuyền nộp danh sách hộ cận nghèo về "
              "xã ngày 20/3; đ/c Chau Phi Rum cùng tổ tự quản sửa xong cầu gỗ qua kênh. Đảng phí thu đủ. Hạn chế: "
              "còn 05 hộ đốt đồng sau thu hoạch lúa.", indent=14, hang=28),
            L("c) Ý kiến:", indent=14),
            L("- Đ/c Chau Phi Rum: nước kênh xuống thấp, ruộng cuối kênh thiếu nước; tôi xin nhận đi vận động 05 "
              "hộ ký cam kết không đốt đồng.", indent=28, hang=38),
            L("- Đ/c Néang Sa Rết: đề nghị tổ chức Tết ở chùa gọn, tiết kiệm, không để thanh niên uống rượu rồi "
              "chạy xe.", indent=28, hang=38),
            L("d) Kết luận (đ/c Bí thư): tháng 4 ấp tập trung tổ chức Tết Chôl Chnăm Thmây vui tươi, an toàn; giữ "
              "nước tưới cho lúa hè thu; sẵn sàng cho việc sắp xếp xã. Đề nghị mỗi đảng viên gương mẫu, nhắc gia "
              "đình không đốt đồng.", indent=14, hang=28),
            L("đ) Nhiệm vụ tháng 4: vận động 100% hộ không đốt đồng; duy trì tổ tự quản giữ an ninh trong 3 ngày "
              "Tết; thu đảng phí tháng 4 đúng hạn.", indent=14, hang=28),
            L("e) Kiến nghị: đề nghị Đảng ủy xã chỉ đạo nạo vét kênh Tám Ngàn đoạn qua ấp trước mùa mưa.",
              indent=14, hang=28),
            L("6. Biểu quyết: 18/18 đ/c tán thành."),
            L("Họp kết thúc lúc 20g30."),
            S(["THƯ KÝ", "", "Lâm Thị Bích Tuyền"], ["BÍ THƯ", "", "Chau Ty"]),
        ],
        "truth": minute(
            meeting("regular", "2025-04-08", "19:00", "20:30", "nhà văn hóa ấp", "CHI BỘ ẤP Ô TÀ SÓC",
                    "ĐẢNG ỦY XÃ LƯƠNG PHI"),
            "Chau Ty", "Bí thư chi bộ", "Lâm Thị Bích Tuyền",
            att(22, 18, 2, 2, 0, 2, [("Chau Sóc Khanh", "đi làm công ty ở Bình Dương, có báo", True),
                                     ("Néang Sa Vy", "bệnh", True)]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 4/2025", 18)],
            [],
            ["missing_assignments", "not_approved"]),
    }],
})


# =================================================================================================
# j07 — Hà Giang (Đồng Văn), H'Mông village, April 2016, before the 22/5/2016 elections. The printed
# form of the time typed in: "Số: ……", "Khách mời: ……", a fifth task row left as dots, the vote's other
# lines left as dots, "(Ký, ghi rõ họ tên)" under both titles; the discussion field holds only "thảo
# luận, nhất trí"; exactly 90 minutes -> no_discussion, unfilled_template.
# =================================================================================================
DOCS.append({
    "name": "j07-hagiang-hmong-form-dots-no-discussion", "folder": "test",
    "style": {"family": "dvsans", "size": 9.5, "justify": False, "indent": 0, "spacing": 1.22, "left": 62,
              "right": 45, "top": 40, "bottom": 38},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY XÃ SỦNG LÀ", "CHI BỘ THÔN LŨNG CẨM TRÊN", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sủng Là, ngày 06 tháng 4 năm 2016"]),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=12.5),
            C("Tháng 4 năm 2016", bold=False),
            G(4),
            L("Hôm nay, vào hồi 19 giờ 30 phút, ngày 06 tháng 4 năm 2016"),
            L("Tại: nhà văn hóa thôn Lũng Cẩm Trên"),
            L("Chi bộ thôn Lũng Cẩm Trên tiến hành sinh hoạt chi bộ định kỳ tháng 4 năm 2016."),
            H("I. THÀNH PHẦN"),
            L("- Tổng số đảng viên: 19 đ/c; số đảng viên được miễn sinh hoạt: 01 đ/c"),
            L("- Số đảng viên có mặt: 17 đ/c; vắng mặt: 01 đ/c (có lý do: 01 đ/c; không lý do: 0 đ/c)"),
            L("- Họ tên đảng viên vắng mặt (lý do): Sùng Mí Chứ (đưa vợ đi đẻ ở Trạm Y tế xã)"),
            L("- Khách mời: ……………………………………………………"),
            L("- Chủ trì: đồng chí Vàng Mí Dế – Bí thư chi bộ"),
            L("- Thư ký: đồng chí Thào Thị Dợ"),
            H("II. NỘI DUNG SINH HOẠT"),
            L("1. Thông tin thời sự, chính sách mới:"),
            P("Đồng chí Bí thư thông tin: ngày 22/5/2016 cả nước bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội "
              "đồng nhân dân các cấp nhiệm kỳ 2016 – 2021; thôn Lũng Cẩm Trên bỏ phiếu tại khu vực bỏ phiếu số 3 của "
              "xã. Tiếp tục học tập Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng.", indent=18),
            L("2. Kết quả thực hiện nhiệm vụ tháng 3:"),
            P("Đợt rét đậm, rét hại cuối tháng 01 làm chết 23 con trâu, bò của 14 hộ, Nhà nước đã hỗ trợ theo quy "
              "định; các hộ đã làm đất, trồng xong 38 ha ngô xuân; 07 hộ giáp hạt được cấp 1.050 kg gạo cứu đói. Hạn "
              "chế: một số hộ còn thả rông gia súc phá ngô mới trồng; đảng phí mới thu được 16/18 đ/c.", indent=18),
            L("3. Phương hướng, nhiệm vụ tháng 4:"),
            P("Chuẩn bị chu đáo cho ngày bầu cử; chăm sóc ngô, trồng dặm những chỗ bị chết rét; làm lại chuồng trại "
              "cho trâu bò; vận động nhân dân không đốt nương khi trời hanh khô.", indent=18),
            L("4. Ý kiến thảo luận của đảng viên:"),
            P("Chi bộ thảo luận, nhất trí với báo cáo.", indent=18),
            L("5. Kết luận của đồng chí chủ trì:"),
            P("Đồng chí Vàng Mí Dế kết luận: tháng 4 việc quan trọng nhất của thôn là chuẩn bị bầu cử, danh sách cử "
              "tri phải đúng, đủ, không bỏ sót người đi làm ăn xa; song song phải giữ được diện tích ngô, không để "
              "trâu bò phá hoại; các đoàn thể tuyên truyền luật bầu cử cho bà con bằng tiếng Mông.", indent=18),
            L("6. Phân công nhiệm vụ:"),
            T([(0.07, "TT", "c"), (0.45, "Nội dung công việc", "l"), (0.26, "Người thực hiện", "l"),
               (0.22, "Thời gian hoàn thành", "l")], [
                ["1", "Lập danh sách cử tri của thôn, niêm yết tại nhà văn hóa", "Đ/c Thào Thị Dợ", "Trước 12/4/2016"],
                ["2", "Kiểm tra, nhắc các hộ rào ruộng ngô, không thả rông trâu bò", "Trưởng thôn", "Hằng tuần"],
                ["3", "Tuyên truyền Luật Bầu cử bằng tiếng Mông trên loa của thôn", "Chi đoàn thanh niên",
                 "Tối thứ Bảy hằng tuần"],
                ["4", "Giúp 02 hộ neo đơn làm lại chuồng trâu", "Đ/c Lý Mí Sính, đ/c Giàng Seo Pà", ""],
                ["5", "……", "……", "……"],
            ]),
            L("7. Biểu quyết:"),
            L("- Tán thành: 17/17 đ/c; - Không tán thành: …… đ/c; - Ý kiến khác: …… đ/c", indent=18),
            P("Buổi sinh hoạt kết thúc vào hồi 21 giờ 00 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và "
              "được chi bộ nhất trí thông qua.", indent=18),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Thào Thị Dợ"], ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "",
                                                                    "Vàng Mí Dế"]),
        ],
        "truth": minute(
            meeting("regular", "2016-04-06", "19:30", "21:00", "nhà văn hóa thôn Lũng Cẩm Trên",
                    "CHI BỘ THÔN LŨNG CẨM TRÊN", "ĐẢNG ỦY XÃ SỦNG LÀ"),
            "Vàng Mí Dế", "Bí thư chi bộ", "Thào Thị Dợ",
            att(19, 17, 1, 1, 0, 1, [("Sùng Mí Chứ", "đưa vợ đi đẻ ở Trạm Y tế xã", True)]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 4/2016", 17)],
            [task("Thào Thị Dợ", "Lập danh sách cử tri của thôn, niêm yết tại nhà văn hóa", "12/4/2016"),
             task("Trưởng thôn", "Kiểm tra, nhắc các hộ rào ruộng ngô, không thả rông trâu bò", "Hằng tuần"),
             task("Chi đoàn thanh niên", "Tuyên truyền Luật Bầu cử bằng tiếng Mông trên loa của thôn",
                  "Tối thứ Bảy hằng tuần"),
             task("Lý Mí Sính", "Giúp 02 hộ neo đơn làm lại chuồng trâu", None),
             task("Giàng Seo Pà", "Giúp 02 hộ neo đơn làm lại chuồng trâu", None)],
            ["no_discussion", "unfilled_template"]),
    }],
})


# =================================================================================================
# j08 — TP Hồ Chí Minh (then quận Thủ Đức), neighbourhood cell, October 2020: comments on the draft
# documents of the 13th Congress. "•" fields, chair and secretary side by side on one line, "* Phần 1–4"
# headings, an italic subject line under the title (no topic), a footnote mark "(1)" with its note under the
# signatures; tasks with "Giao …", "chủ trì, phối hợp với …", "cùng …", "phụ trách", a relative deadline
# ("trong 07 ngày kể từ ngày họp"), a frequency ("mỗi tháng 02 lần"), a lunar event. The chair only thanks,
# takes note and defers the conclusion to a written one -> missing_conclusion.
# =================================================================================================
DOCS.append({
    "name": "j08-hcm-ward-draft-documents-conclusion-deferred", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 0, "spacing": 1.28, "para_gap": 3,
              "left": 75, "right": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG HIỆP BÌNH CHÁNH", "CHI BỘ KHU PHỐ 6", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "TP. Hồ Chí Minh, ngày 08 tháng 10 năm 2020"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10/2020"),
            C("(Có nội dung góp ý dự thảo các văn kiện trình Đại hội XIII của Đảng)", bold=False, italic=True),
            G(6),
            L("• Thời gian: bắt đầu 18g30', kết thúc 20g25', ngày 08/10/2020."),
            L("• Địa điểm: Văn phòng Ban điều hành khu phố 6, số 45 đường số 9."),
            L("• Đảng viên: 31 đồng chí, trong đó 04 đồng chí miễn sinh hoạt; có mặt 25/27 đồng chí (đ/c Lý Thị Hoa "
              "đến trễ 20 phút vì tan ca muộn); vắng 02 đồng chí: đ/c Nguyễn Văn Nhân (đi công tác Cần Thơ), đ/c Tạ "
              "Quang Vinh (nằm viện).", hang=10),
            L("• Khách mời: đ/c Đoàn Thị Thu Trang – Đảng ủy viên, Phó Chủ tịch UBND phường."),
            ROW((0, "• Chủ trì: đ/c Huỳnh Văn Tám (Bí thư)"), (250, "• Thư ký: đ/c Phan Thị Kim Loan")),
            G(4),
            H("* Phần 1. Tình hình tháng 9 và nhiệm vụ tháng 10"),
            P("Đồng chí Bí thư báo cáo: tháng 9 khu phố duy trì các biện pháp phòng, chống dịch COVID-19 theo hướng "
              "dẫn mới, không phát sinh ca nhiễm; hoàn thành rà soát hộ nghèo, hộ cận nghèo theo chuẩn thành phố; "
              "vận động được 126 triệu đồng ủng hộ Quỹ “Vì người nghèo”. Tồn tại: lấn chiếm vỉa hè ở chợ tự phát "
              "đường số 9 tái diễn; một số nhà trọ chưa khai báo tạm trú cho người thuê.", indent=24),
            P("Nhiệm vụ tháng 10: góp ý dự thảo văn kiện Đại hội XIII; chuẩn bị ứng phó đợt triều cường cao điểm "
              "tháng 10 âm lịch; lập lại trật tự vỉa hè; thu quỹ quốc phòng – an ninh năm 2020.", indent=24),
            H("* Phần 2. Góp ý dự thảo văn kiện"),
            P("Đồng chí Đoàn Thị Thu Trang quán triệt kế hoạch của Ban Thường vụ Đảng ủy phường về lấy ý kiến góp ý "
              "dự thảo các văn kiện trình Đại hội XIII của Đảng(1) và gợi ý những vấn đề chi bộ cần tập trung.",
              indent=24),
            L("Các ý kiến góp ý:"),
            L("- Đồng chí Lê Hoàng Phúc: dự thảo Báo cáo chính trị cần nói rõ hơn trách nhiệm của người đứng đầu khi "
              "để xảy ra tham nhũng, lãng phí ở cơ quan, đơn vị mình.", hang=10),
            L("- Đồng chí Nguyễn Thị Hai: đề nghị bổ sung chính sách nhà ở cho công nhân, người lao động thuê trọ ở "
              "các đô thị lớn như Thành phố Hồ Chí Minh.", hang=10),
            L("- Đồng chí Võ Văn Lành (cựu chiến binh): tán thành phương hướng phát triển kinh tế số; lưu ý kiểm "
              "soát quyền lực ở cơ sở, nhất là trong quản lý đất đai, xây dựng.", hang=10),
            H("* Phần 3. Phân công"),
            L("• Giao đồng chí Phan Thị Kim Loan tổng hợp các ý kiến góp ý dự thảo văn kiện thành văn bản, gửi Đảng "
              "ủy phường trong 07 ngày kể từ ngày họp.", hang=10),
            L("• Đồng chí Trần Văn Sáu, Trưởng khu phố, chủ trì, phối hợp với đồng chí Nguyễn Thị Hai và Chi hội Phụ "
              "nữ vận động các hộ ven rạch kê cao đồ đạc, chuẩn bị bao cát trước đợt triều cường tháng 10 âm lịch.",
              hang=10),
            L("• Ban điều hành khu phố cùng Công an phường kiểm tra việc đăng ký tạm trú ở các nhà trọ, mỗi tháng 02 "
              "lần.", hang=10),
            L("• Chi hội Cựu chiến binh khu phố phụ trách vận động các hộ kinh doanh ở chợ tự phát dọn hàng vào "
              "trong, trả lại vỉa hè, xong trước 31/10.", hang=10),
            H("* Phần 4. Biểu quyết"),
            P("Chi bộ biểu quyết thông qua nội dung góp ý dự thảo văn kiện và nhiệm vụ tháng 10: 24/25 đồng chí tán "
              "thành; 01 đồng chí không biểu quyết.", indent=24),
            P("Đồng chí chủ trì cảm ơn đồng chí Phó Chủ tịch UBND phường đã về dự, ghi nhận các ý kiến phát biểu và "
              "cho biết chi ủy sẽ họp, có kết luận bằng văn bản gửi các đảng viên sau. Buổi sinh hoạt kết thúc lúc 20 "
              "giờ 25 phút; biên bản được đọc lại, chi bộ nhất trí thông qua.", indent=24),
            S(["THƯ KÝ", "", "", "Phan Thị Kim Loan"], ["T/M CHI ỦY", "BÍ THƯ", "", "", "Huỳnh Văn Tám"]),
            G(10),
            I("(1) Kế hoạch số 95-KH/ĐU ngày 25/9/2020 của Ban Thường vụ Đảng ủy phường."),
        ],
        "truth": minute(
            meeting("regular", "2020-10-08", "18:30", "20:25", "Văn phòng Ban điều hành khu phố 6, số 45 đường số 9",
                    "CHI BỘ KHU PHỐ 6", "ĐẢNG BỘ PHƯỜNG HIỆP BÌNH CHÁNH"),
            "Huỳnh Văn Tám", "Bí thư", "Phan Thị Kim Loan",
            att(31, 25, 2, 2, 0, 4, [("Nguyễn Văn Nhân", "đi công tác Cần Thơ", True),
                                     ("Tạ Quang Vinh", "nằm viện", True)],
                [("Đoàn Thị Thu Trang", "Đảng ủy viên, Phó Chủ tịch UBND phường")]),
            False,
            [vote("Góp ý dự thảo văn kiện và nhiệm vụ tháng 10", 24, None, 1)],
            [task("Phan Thị Kim Loan", "tổng hợp các ý kiến góp ý dự thảo văn kiện thành văn bản, gửi Đảng ủy phường",
                  "07 ngày kể từ ngày họp"),
             task("Trần Văn Sáu", "chủ trì, phối hợp với đồng chí Nguyễn Thị Hai và Chi hội Phụ nữ vận động các hộ ven "
                  "rạch kê cao đồ đạc, chuẩn bị bao cát", "đợt triều cường tháng 10 âm lịch"),
             task("Ban điều hành khu phố", "cùng Công an phường kiểm tra việc đăng ký tạm trú ở các nhà trọ",
                  "mỗi tháng 02 lần"),
             task("Chi hội Cựu chiến binh khu phố", "vận động các hộ kinh doanh ở chợ tự phát dọn hàng vào trong, trả "
                  "lại vỉa hè", "31/10")],
            ["missing_conclusion"]),
    }],
})


# =================================================================================================
# j09 — minute BOOK of a Phú Yên (Tuy An) fishing village cell, February – July 2023, five minutes.
# Right-aligned running head from page 2, "- n -" at the foot. Minutes 2 and 4 start on a new page, 3 and 5
# mid-page under the previous signatures; only 1 and 4 carry a header.
# =================================================================================================
_J09_CELL, _J09_COMM = "CHI BỘ THÔN PHÚ QUANG", "ĐẢNG UỶ XÃ AN HOÀ HẢI"
DOCS.append({
    "name": "j09-phuyen-fishing-village-book-feb-jul-2023", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 24, "spacing": 1.25,
              "head": "Sổ biên bản sinh hoạt Chi bộ thôn Phú Quang – năm 2023", "head_align": "right",
              "foot": "- {n} -"},
    "between": 22,
    "minutes": [
        # --- 1. February: "a) … e)" parts, tasks in one prose paragraph -> unexcused_absence
        {"blocks": [
            HD(["ĐẢNG UỶ XÃ AN HOÀ HẢI", "CHI BỘ THÔN PHÚ QUANG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Hoà Hải, ngày 06 tháng 02 năm 2023"]),
            G(4),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 02/2023"),
            G(4),
            L("1. Thời gian: vào lúc 19 giờ 00 phút ngày 06/02/2023 (nhằm ngày 16 tháng Giêng năm Quý Mão)."),
            L("2. Địa điểm: Hội trường thôn Phú Quang."),
            L("3. Thành phần: tổng số đảng viên 18 đồng chí, miễn sinh hoạt 01 đồng chí; có mặt 16/17 đồng chí; vắng "
              "01 đồng chí: Võ Văn Bé (không lý do)."),
            L("4. Chủ trì: đồng chí Lê Văn Thạnh – Bí thư chi bộ; thư ký: đồng chí Trần Thị Kim Cúc."),
            L("5. Nội dung:"),
            P("a) Đánh giá tháng 01 và dịp Tết Quý Mão: thôn không có vụ cháy nổ, đốt pháo; 27/27 tàu cá của thôn "
              "đã lắp và duy trì thiết bị giám sát hành trình; các gia đình chính sách, hộ nghèo đều được thăm, tặng "
              "quà. Hạn chế: 02 tàu tắt thiết bị giám sát khi về bến; sò huyết ở đầm Ô Loan chết rải rác sau đợt mưa "
              "trái mùa."),
            P("b) Nhiệm vụ tháng 02: tổ chức cho tàu ra khơi đầu năm an toàn; không để tàu cá vi phạm vùng biển nước "
              "ngoài; tổ chức Lễ cầu ngư tiết kiệm; trồng cây đầu xuân; thu đảng phí đúng hạn."),
            P("c) Ý kiến: đồng chí Nguyễn Tấn Lực, chủ tàu, cho rằng phí thuê bao thiết bị giám sát hành trình cao, "
              "nhiều chủ tàu nhỏ ngại gia hạn, đề nghị chi bộ kiến nghị xã hỗ trợ; đồng chí Huỳnh Thị Mỹ Lệ đề nghị "
              "làm Lễ cầu ngư gọn trong một ngày, không mở hát bội kéo dài."),
            P("d) Kết luận: đồng chí Bí thư kết luận, chi bộ thống nhất lấy việc chống khai thác hải sản bất hợp pháp "
              "làm nhiệm vụ hàng đầu của năm; chủ tàu là đảng viên phải gương mẫu giữ thiết bị giám sát hoạt động "
              "suốt chuyến biển; Lễ cầu ngư tổ chức trang trọng, tiết kiệm."),
            P("đ) Phân công: giao đồng chí Nguyễn Tấn Lực cùng Tổ đoàn kết trên biển số 2 kiểm tra thiết bị giám sát "
              "hành trình của các tàu trước mỗi chuyến ra khơi; Chi đoàn thôn đảm nhận trồng 200 cây phi lao chắn cát "
              "dọc bãi biển, xong trước ngày 20/02; đồng chí Bùi Văn Tư, Trưởng thôn, phối hợp Ban Nghi lễ vạn chài tổ "
              "chức Lễ cầu ngư vào rằm tháng Hai âm lịch."),
            P("e) Biểu quyết: 16/16 đồng chí có mặt tán thành (100%)."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút. Biên bản được đọc lại và thông qua tại cuộc họp."),
            S(["THƯ KÝ", "", "Trần Thị Kim Cúc"], ["BÍ THƯ", "", "Lê Văn Thạnh"]),
        ],
         "truth": minute(
             meeting("regular", "2023-02-06", "19:00", "21:00", "Hội trường thôn Phú Quang", _J09_CELL, _J09_COMM),
             "Lê Văn Thạnh", "Bí thư chi bộ", "Trần Thị Kim Cúc",
             att(18, 16, 1, 0, 1, 1, [("Võ Văn Bé", "không lý do", False)]),
             True,
             [vote("Kết luận và nhiệm vụ tháng 02/2023", 16, None, None, 100)],
             [task("Nguyễn Tấn Lực", "cùng Tổ đoàn kết trên biển số 2 kiểm tra thiết bị giám sát hành trình của các "
                   "tàu", "mỗi chuyến ra khơi"),
              task("Chi đoàn thôn", "trồng 200 cây phi lao chắn cát dọc bãi biển", "20/02"),
              task("Bùi Văn Tư", "phối hợp Ban Nghi lễ vạn chài tổ chức Lễ cầu ngư", "rằm tháng Hai âm lịch")],
             ["unexcused_absence"])},
        # --- 2. March, regular + thematic Q1 in exactly 120 minutes, new page, no header of its own; a task
        #     table with no TT column (two groups in one cell, two people joined by "-", "Chi ủy") -> —
        {"blocks": [
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3/2023"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ I"),
            C("Chuyên đề: Phát huy vai trò của đảng viên trong phòng, chống khai thác hải sản bất hợp pháp (IUU)",
              bold=False, italic=True),
            G(4),
            L("Thời gian: 19 giờ 00 – 21 giờ 00, ngày 07/3/2023. Địa điểm: Hội trường thôn."),
            L("Đảng viên: 18 (miễn sinh hoạt 01); có mặt 17/17."),
            L("Chủ trì: đ/c Lê Văn Thạnh, Bí thư chi bộ. Thư ký: đ/c Trần Thị Kim Cúc."),
            H("I. Phần thường kỳ"),
            P("Tháng 02 thôn có 25 lượt tàu ra khơi, không tàu nào vi phạm vùng biển nước ngoài; Lễ cầu ngư tổ chức "
              "gọn trong một ngày; Chi đoàn trồng xong 200 cây phi lao. Tháng 3 tiếp tục bám biển, chuẩn bị đón đoàn "
              "kiểm tra của Ủy ban châu Âu về chống khai thác IUU; vận động các hộ nuôi sò đầm Ô Loan giữ vệ sinh "
              "môi trường nước."),
            H("II. Phần chuyên đề"),
            P("Đồng chí Huỳnh Thị Mỹ Lệ, Phó Bí thư chi bộ, trình bày chuyên đề: từ năm 2017 Ủy ban châu Âu rút “thẻ "
              "vàng” đối với hải sản Việt Nam; nếu không gỡ được, hải sản của ngư dân sẽ bị ép giá, khó xuất khẩu. "
              "Đảng viên là chủ tàu, thuyền trưởng phải đi đầu ghi nhật ký khai thác, giữ thiết bị giám sát hành "
              "trình, vận động người thân và bạn thuyền không vượt ranh giới trên biển."),
            H("III. Thảo luận"),
            L("- Đ/c Phạm Ngọc Hải: trong thôn còn 03 ghe nhỏ chưa đăng ký, đăng kiểm, cần lập danh sách để Đồn "
              "Biên phòng theo dõi.", hang=10),
            L("- Đ/c Đỗ Văn Mười: ngư dân lớn tuổi ngại ghi nhật ký khai thác vì không quen chữ, đề nghị cho con "
              "cháu ghi giúp.", hang=10),
            H("IV. Kết luận của chủ trì"),
            P("Đồng chí Lê Văn Thạnh kết luận: chi bộ thống nhất nội dung chuyên đề; mỗi đảng viên đăng ký một việc "
              "làm cụ thể về chống khai thác IUU; không để tàu cá nào của thôn vi phạm; chi ủy theo dõi, đánh giá kết "
              "quả vào cuối quý II. Phân công cụ thể:"),
            T([(0.50, "Nội dung", "l"), (0.28, "Người thực hiện", "l"), (0.22, "Thời hạn", "l")], [
                ["Lập danh sách tàu cá “3 không” của thôn, báo Đồn Biên phòng", "Đ/c Phạm Ngọc Hải",
                 "Trước 20/3/2023"],
                ["Tuyên truyền quy định chống khai thác IUU trên loa truyền thanh thôn",
                 "Chi hội Nông dân, Chi đoàn thôn", "Hằng tuần"],
                ["Vận động ngư dân ghi nhật ký khai thác, nộp khi cập cảng", "Đ/c Nguyễn Tấn Lực - đ/c Đỗ Văn Mười",
                 "Mỗi chuyến biển"],
                ["Theo dõi, báo cáo kết quả thực hiện chuyên đề", "Chi ủy", "Kỳ họp tháng 6/2023"],
            ]),
            H("V. Biểu quyết"),
            P("Tán thành: 17/17; không tán thành: 0; ý kiến khác: 0."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 00. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "", "Trần Thị Kim Cúc"], ["CHỦ TRÌ", "", "Lê Văn Thạnh"]),
        ],
         "truth": minute(
             meeting("regular", "2023-03-07", "19:00", "21:00", "Hội trường thôn", _J09_CELL, _J09_COMM,
                     topic="Phát huy vai trò của đảng viên trong phòng, chống khai thác hải sản bất hợp pháp (IUU)"),
             "Lê Văn Thạnh", "Bí thư chi bộ", "Trần Thị Kim Cúc",
             att(18, 17, exempt=1),
             True,
             [vote("Kết luận, nội dung chuyên đề và phân công", 17, 0, 0)],
             [task("Phạm Ngọc Hải", "Lập danh sách tàu cá “3 không” của thôn, báo Đồn Biên phòng", "20/3/2023"),
              task("Chi hội Nông dân", "Tuyên truyền quy định chống khai thác IUU trên loa truyền thanh thôn",
                   "Hằng tuần"),
              task("Chi đoàn thôn", "Tuyên truyền quy định chống khai thác IUU trên loa truyền thanh thôn",
                   "Hằng tuần"),
              task("Nguyễn Tấn Lực", "Vận động ngư dân ghi nhật ký khai thác, nộp khi cập cảng", "Mỗi chuyến biển"),
              task("Đỗ Văn Mười", "Vận động ngư dân ghi nhật ký khai thác, nộp khi cập cảng", "Mỗi chuyến biển"),
              task("Chi ủy", "Theo dõi, báo cáo kết quả thực hiện chuyên đề", "Kỳ họp tháng 6/2023")],
             [])},
        # --- 3. May (no April meeting), mid-page, terse; absentee table with an empty reason cell; 85 min;
        #     15 of 17 -> low_attendance, short_meeting, unexcused_absence
        {"blocks": [
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 5/2023"),
            G(2),
            P("Hồi 19 giờ 30 phút ngày 09/5/2023, Chi bộ thôn Phú Quang họp tại Hội trường thôn. Có mặt 15/17 "
              "đồng chí phải dự (miễn sinh hoạt 01). Vắng 02 đồng chí:"),
            T([(0.08, "TT", "c"), (0.46, "Họ và tên", "l"), (0.46, "Lý do", "l")], [
                ["1", "Trương Văn Sơn", "Đi biển chưa về"],
                ["2", "Võ Văn Bé", ""],
            ]),
            L("Chủ trì: đ/c Lê Văn Thạnh. Thư ký: đ/c Trần Thị Kim Cúc."),
            L("1. Tháng 4 chi bộ không họp được do đợt cao điểm ra khơi và đón Tổ công tác kiểm tra IUU của tỉnh."),
            L("2. Nội dung: kết quả chống khai thác IUU quý I; công tác hè cho thiếu nhi; phòng, chống đuối nước.",
              hang=14),
            L("3. Ý kiến: đ/c Lương Thị Hồng đề nghị mở lớp dạy bơi cho trẻ em trong hè; đ/c Bùi Văn Tư cho biết "
              "bãi tắm phía nam thôn có hố sâu sau đợt sóng lớn.", hang=14),
            L("4. Kết luận: đ/c Bí thư kết luận: hè năm nay không để xảy ra trẻ em đuối nước; các tổ đoàn kết giữ "
              "nguyên nề nếp báo cáo hành trình.", hang=14),
            L("5. Phân công: đ/c Lương Thị Hồng cùng Chi đoàn thôn mở lớp dạy bơi miễn phí cho trẻ em, khai giảng "
              "ngày 01/6/2023; đ/c Bùi Văn Tư (Trưởng thôn) có trách nhiệm cắm biển cảnh báo ở các điểm nước sâu "
              "trước 31/5.", hang=14),
            L("6. Biểu quyết: 15/15 tán thành."),
            L("Kết thúc 20 giờ 55 phút. Biên bản đọc lại, thông qua."),
            S(["THƯ KÝ", "", "Trần Thị Kim Cúc"], ["CHỦ TRÌ", "", "Lê Văn Thạnh"]),
        ],
         "truth": minute(
             meeting("regular", "2023-05-09", "19:30", "20:55", "Hội trường thôn", _J09_CELL, _J09_COMM),
             "Lê Văn Thạnh", None, "Trần Thị Kim Cúc",
             att(18, 15, 2, 1, 1, 1, [("Trương Văn Sơn", "Đi biển chưa về", True), ("Võ Văn Bé", None, False)]),
             True,
             [vote("Kết luận và nhiệm vụ tháng 5/2023", 15)],
             [task("Lương Thị Hồng", "cùng Chi đoàn thôn mở lớp dạy bơi miễn phí cho trẻ em", "ngày 01/6/2023"),
              task("Bùi Văn Tư", "cắm biển cảnh báo ở các điểm nước sâu", "31/5")],
             ["low_attendance", "short_meeting", "unexcused_absence"])},
        # --- 4. June, new page with its own header, a new clerk; "thống nhất cao với báo cáo"; the chair only
        #     thanks and closes; a role given a task -> missing_conclusion, no_discussion
        {"blocks": [
            PB,
            HD(["ĐẢNG UỶ XÃ AN HOÀ HẢI", "CHI BỘ THÔN PHÚ QUANG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Hoà Hải, ngày 06 tháng 6 năm 2023"]),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2023"),
            G(4),
            L("- Thời gian: 19h00 – 20h45 ngày 06/6/2023."),
            L("- Địa điểm: nhà đồng chí Đỗ Văn Mười (hội trường thôn đang sửa mái)."),
            L("- Có mặt: 16/17 đồng chí; vắng: đồng chí Trương Văn Sơn (đi biển)."),
            L("- Chủ trì: đồng chí Lê Văn Thạnh, Bí thư chi bộ."),
            L("- Thư ký: đồng chí Phan Văn Bảo."),
            H("I. Tình hình tháng 5"),
            P("Lớp dạy bơi đã khai giảng với 34 cháu; biển cảnh báo đã cắm ở 04 điểm; không xảy ra đuối nước. Vụ sò "
              "huyết đầm Ô Loan thu hoạch được khoảng 60%, giá giảm. Tàu cá của thôn vẫn duy trì thiết bị giám sát "
              "hành trình 24/24 giờ."),
            H("II. Nhiệm vụ tháng 6"),
            P("Chuẩn bị cho mùa mưa bão; sửa xong mái hội trường thôn; đề xuất đảng viên đủ tuổi Đảng được tặng Huy "
              "hiệu Đảng đợt 02/9; tiếp tục chống khai thác IUU."),
            H("III. Thảo luận"),
            P("Chi bộ thảo luận, thống nhất cao với báo cáo của chi ủy."),
            H("IV. Phân công"),
            L("- Đồng chí Phó Bí thư chi bộ chủ trì rà soát, đề xuất đảng viên được tặng Huy hiệu Đảng đợt 02/9, "
              "gửi Đảng ủy xã trước ngày 15/6/2023.", hang=10),
            L("- Tổ đoàn kết trên biển số 1: duy trì liên lạc giữa các tàu khi ra khơi, báo ngay cho Đồn Biên phòng "
              "khi phát hiện tàu lạ.", hang=10),
            L("- Đ/c Nguyễn Tấn Lực, Đ/c Đỗ Văn Mười, Đ/c Phạm Ngọc Hải cùng góp ngày công sửa mái hội trường thôn, "
              "xong trước mùa mưa bão.", hang=10),
            H("V. Biểu quyết"),
            P("Chi bộ biểu quyết nhất trí 100% với phương hướng và phân công nhiệm vụ tháng 6."),
            P("Đồng chí chủ trì cảm ơn các đồng chí đã tham dự và tuyên bố bế mạc lúc 20 giờ 45 phút. Biên bản đã "
              "thông qua trước chi bộ."),
            S(["THƯ KÝ", "", "Phan Văn Bảo"], ["BÍ THƯ", "", "Lê Văn Thạnh"]),
        ],
         "truth": minute(
             meeting("regular", "2023-06-06", "19:00", "20:45", "nhà đồng chí Đỗ Văn Mười", _J09_CELL, _J09_COMM),
             "Lê Văn Thạnh", "Bí thư chi bộ", "Phan Văn Bảo",
             att(17, 16, 1, 1, 0, 0, [("Trương Văn Sơn", "đi biển", True)]),
             False,
             [vote("Phương hướng và phân công nhiệm vụ tháng 6", pct=100)],
             [task("Phó Bí thư chi bộ", "chủ trì rà soát, đề xuất đảng viên được tặng Huy hiệu Đảng đợt 02/9, gửi "
                   "Đảng ủy xã", "15/6/2023"),
              task("Tổ đoàn kết trên biển số 1", "duy trì liên lạc giữa các tàu khi ra khơi, báo ngay cho Đồn Biên "
                   "phòng khi phát hiện tàu lạ", None),
              task("Nguyễn Tấn Lực", "cùng góp ngày công sửa mái hội trường thôn", "mùa mưa bão"),
              task("Đỗ Văn Mười", "cùng góp ngày công sửa mái hội trường thôn", "mùa mưa bão"),
              task("Phạm Ngọc Hải", "cùng góp ngày công sửa mái hội trường thôn", "mùa mưa bão")],
             ["missing_conclusion", "no_discussion"])},
        # --- 5. July, mid-page, opening in one prose paragraph; only look-alikes of tasks; ends with the end
        #     time -> missing_assignments, not_approved, unexcused_absence
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7/2023"),
            G(2),
            P("Vào lúc 19 giờ 15 phút ngày 05/7/2023 tại Hội trường thôn Phú Quang, chi bộ họp thường kỳ tháng 7. "
              "Đồng chí Lê Văn Thạnh, Bí thư chi bộ chủ trì; đồng chí Phan Văn Bảo làm thư ký. Có mặt 16/17 đồng "
              "chí; đồng chí Võ Văn Bé vắng không báo."),
            P("Đồng chí Bí thư đánh giá tháng 6: hội trường đã lợp lại mái xong trước mưa; đồng chí Phó Bí thư đã "
              "gửi danh sách 02 đồng chí đề nghị tặng Huy hiệu 40 năm tuổi Đảng; Tổ đoàn kết trên biển số 1 giữ liên "
              "lạc tốt, phát hiện và báo Biên phòng 01 tàu lạ neo gần bờ. Tháng 7 là cao điểm mùa mưa bão, đồng thời "
              "là tháng tri ân các gia đình thương binh, liệt sĩ."),
            P("Thảo luận: đồng chí Đỗ Văn Mười đề nghị kiểm tra lại dây neo tàu ở bến Tiên Châu trước khi có bão; "
              "đồng chí Lương Thị Hồng cho biết còn 05 cháu chưa biết bơi, tôi xin nhận kèm riêng các cháu này đến "
              "hết hè."),
            P("Đồng chí Bí thư kết luận: chi bộ chủ động phòng, chống bão ngay từ đầu mùa, không để tàu thuyền bị "
              "động khi có áp thấp; tổ chức chu đáo hoạt động tri ân nhân ngày 27/7. Đề nghị toàn thể đảng viên "
              "gương mẫu chấp hành lệnh cấm biển khi có bão."),
            P("Nhiệm vụ tháng 7: thăm, tặng quà các gia đình chính sách nhân ngày 27/7; kiểm tra neo đậu tàu thuyền; "
              "vận động ngư dân mua bảo hiểm thân tàu. Chi bộ kiến nghị Đảng ủy xã sớm hỗ trợ kinh phí sửa kè chắn "
              "sóng đoạn đầu thôn."),
            P("Biểu quyết: 16/16 đồng chí tán thành."),
            P("Buổi họp kết thúc lúc 21 giờ 00 phút."),
            S(["THƯ KÝ", "", "Phan Văn Bảo"], ["BÍ THƯ", "", "Lê Văn Thạnh"]),
        ],
         "truth": minute(
             meeting("regular", "2023-07-05", "19:15", "21:00", "Hội trường thôn Phú Quang", _J09_CELL, _J09_COMM),
             "Lê Văn Thạnh", "Bí thư chi bộ", "Phan Văn Bảo",
             att(17, 16, 1, 0, 1, 0, [("Võ Văn Bé", "không báo", False)]),
             True,
             [vote("Kết luận và nhiệm vụ tháng 7/2023", 16)],
             [],
             ["missing_assignments", "not_approved", "unexcused_absence"])},
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
})


# =================================================================================================
# j10 — minute BOOK of a Tây Ninh hamlet cell (xã Hậu Nghĩa, after the 2025 merger), January – March 2026,
# three regular meetings and no thematic one in Q1 (book: no_thematic_in_quarter). DejaVu Serif, "Trang n/N".
# Minute 2 starts mid-page under the January signatures; minute 3 on a new page with its own header.
# =================================================================================================
_J10_CELL, _J10_COMM = "CHI BỘ ẤP TÂN HÒA", "ĐẢNG BỘ XÃ HẬU NGHĨA"
DOCS.append({
    "name": "j10-tayninh-hamlet-book-q1-2026-elections", "folder": "test",
    "style": {"family": "dejavu", "size": 10.5, "justify": True, "indent": 22, "spacing": 1.3, "left": 70,
              "right": 50, "foot": "Trang {n}/{N}"},
    "between": 18,
    "minutes": [
        # --- 1. January: an agenda table (names in it, no tasks); Q&A discussion; tasks inside the conclusion;
        #     a vote table -> —
        {"blocks": [
            HD(["ĐẢNG BỘ XÃ HẬU NGHĨA", "CHI BỘ ẤP TÂN HÒA", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hậu Nghĩa, ngày 07 tháng 01 năm 2026"]),
            G(4),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01/2026"),
            G(4),
            L("Thời gian: 19 giờ 00 phút, ngày 07/01/2026."),
            L("Địa điểm: Văn phòng ấp Tân Hòa."),
            L("Thành phần: tổng số đảng viên 26 đồng chí, miễn sinh hoạt 03 đồng chí; có mặt 21/23 đồng chí; vắng "
              "02 đồng chí: Trần Văn Mạnh (làm ca tại Khu công nghiệp Tân Đức), Lê Thị Út Nhỏ (ốm).", hang=12),
            L("Chủ trì: đồng chí Nguyễn Thành Công – Bí thư chi bộ, Trưởng ấp."),
            L("Thư ký: đồng chí Đặng Thị Thanh Tâm."),
            L("Chương trình sinh hoạt:"),
            T([(0.08, "TT", "c"), (0.62, "Nội dung", "l"), (0.30, "Người trình bày", "l")], [
                ["1", "Thông tin thời sự; quán triệt Hướng dẫn số 42-HD/BTCTW về nâng cao chất lượng sinh hoạt chi "
                 "bộ", "Đ/c Nguyễn Thành Công"],
                ["2", "Kết quả tháng 12 và năm 2025; nhiệm vụ tháng 01/2026", "Đ/c Võ Văn Hiếu, Phó Bí thư"],
                ["3", "Thảo luận; kết luận; biểu quyết", "Chủ trì"],
            ]),
            H("1. Thông tin thời sự"),
            P("Đồng chí Bí thư thông tin: Đại hội đại biểu toàn quốc lần thứ XIV của Đảng diễn ra trong tháng 01/2026; "
              "cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031 tổ "
              "chức vào Chủ nhật, ngày 15/3/2026. Quán triệt Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức "
              "Trung ương: nội dung sinh hoạt phải thiết thực, mỗi kỳ họp phải có phân công cụ thể và kiểm tra việc "
              "thực hiện ở kỳ sau."),
            H("2. Kết quả năm 2025, nhiệm vụ tháng 01/2026"),
            P("Đồng chí Võ Văn Hiếu báo cáo: năm 2025 ấp hoàn thành việc sắp xếp theo mô hình chính quyền địa phương "
              "hai cấp, bộ phận một cửa của xã đi vào hoạt động ổn định; bê tông hóa 1,2 km đường nội ấp; còn 04 hộ "
              "nghèo, 09 hộ cận nghèo; 100% đảng viên đóng đảng phí đủ. Hạn chế: trộm cắp vặt ở khu nhà trọ công nhân "
              "còn xảy ra; một số đảng viên dự sinh hoạt chưa đều. Tháng 01: chăm lo Tết Bính Ngọ cho hộ nghèo, gia "
              "đình chính sách; chuẩn bị bầu cử; giữ an ninh khu nhà trọ."),
            H("3. Thảo luận"),
            L("- Đ/c Phạm Văn Lợi hỏi: quà Tết năm nay có thêm phần của doanh nghiệp trong khu công nghiệp không?",
              hang=10),
            L("  Đ/c Võ Văn Hiếu trả lời: Công ty may Tân Đức nhận hỗ trợ 20 phần quà, mỗi phần 500.000 đồng.",
              hang=10),
            L("- Đ/c Nguyễn Thị Bé Tư: đề nghị đưa 03 hộ cận nghèo mới phát sinh vào danh sách thăm Tết.", hang=10),
            H("4. Kết luận"),
            P("Đồng chí Nguyễn Thành Công kết luận: chi bộ thống nhất với báo cáo; tháng 01 tập trung lo Tết cho hộ "
              "khó khăn, không để hộ nào không có Tết; chuẩn bị chu đáo cho cuộc bầu cử. Giao đồng chí Võ Văn Hiếu "
              "cùng Ban điều hành ấp lập danh sách hộ nghèo, cận nghèo, gia đình chính sách để thăm, tặng quà Tết, "
              "xong trước ngày 05/02/2026; Chi hội Nông dân ấp vận động hội viên tham gia tổ hợp tác trồng rau an "
              "toàn, thực hiện đến hết quý II/2026; đồng chí Đặng Thị Thanh Tâm cập nhật sổ theo dõi sinh hoạt đảng "
              "viên theo mẫu mới hằng tháng."),
            H("5. Biểu quyết"),
            T([(0.42, "Nội dung", "l"), (0.18, "Tán thành", "c"), (0.22, "Không tán thành", "c"),
               (0.18, "Ý kiến khác", "c")], [
                ["Kết luận của chủ trì và nhiệm vụ tháng 01/2026", "21/21", "0", "0"],
            ]),
            P("Buổi sinh hoạt kết thúc lúc 20 giờ 45 phút cùng ngày; biên bản được đọc lại, các đồng chí dự họp nhất "
              "trí thông qua."),
            S(["THƯ KÝ", "", "", "Đặng Thị Thanh Tâm"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Nguyễn Thành Công"]),
        ],
         "truth": minute(
             meeting("regular", "2026-01-07", "19:00", "20:45", "Văn phòng ấp Tân Hòa", _J10_CELL, _J10_COMM),
             "Nguyễn Thành Công", "Bí thư chi bộ", "Đặng Thị Thanh Tâm",
             att(26, 21, 2, 2, 0, 3, [("Trần Văn Mạnh", "làm ca tại Khu công nghiệp Tân Đức", True),
                                      ("Lê Thị Út Nhỏ", "ốm", True)]),
             True,
             [vote("Kết luận của chủ trì và nhiệm vụ tháng 01/2026", 21, 0, 0)],
             [task("Võ Văn Hiếu", "cùng Ban điều hành ấp lập danh sách hộ nghèo, cận nghèo, gia đình chính sách để "
                   "thăm, tặng quà Tết", "05/02/2026"),
              task("Chi hội Nông dân ấp", "vận động hội viên tham gia tổ hợp tác trồng rau an toàn", "hết quý II/2026"),
              task("Đặng Thị Thanh Tâm", "cập nhật sổ theo dõi sinh hoạt đảng viên theo mẫu mới", "hằng tháng")],
             [])},
        # --- 2. February, mid-page; one line per absentee; "+ Đ/c X:" task list with lunar and dotted dates;
        #     exactly 90 minutes; 20 of 23 -> low_attendance, unexcused_absence
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02/2026"),
            G(2),
            P("Vào hồi 19g30 ngày 04/02/2026 (17 tháng Chạp năm Ất Tỵ), tại Văn phòng ấp Tân Hòa, chi bộ sinh hoạt "
              "thường kỳ tháng 02/2026. Đồng chí Nguyễn Thành Công – Bí thư chi bộ chủ trì, đồng chí Đặng Thị Thanh "
              "Tâm ghi biên bản."),
            L("Đảng viên: 26, miễn sinh hoạt 03, có mặt 20/23. Vắng 03 đồng chí:"),
            L("+ Trần Văn Mạnh: đi ca;", indent=22),
            L("+ Lê Thị Út Nhỏ: ốm;", indent=22),
            L("+ Huỳnh Văn Đực: chưa rõ lý do.", indent=22),
            P("Nội dung: đồng chí Bí thư thông tin kết quả Đại hội XIV của Đảng; đánh giá tháng 01: đã thăm, tặng 46 "
              "phần quà Tết cho hộ nghèo, cận nghèo, gia đình chính sách; danh sách cử tri của ấp đã niêm yết. Nhiệm "
              "vụ tháng 02: bảo đảm an ninh trật tự dịp Tết Nguyên đán Bính Ngọ; phòng, chống cháy nổ; chuẩn bị bầu "
              "cử."),
            P("Ý kiến: đồng chí Phạm Văn Lợi đề nghị tăng cường tuần tra khu nhà trọ vì nhiều công nhân về quê ăn Tết, "
              "phòng trọ bỏ trống; đồng chí Nguyễn Thị Bé Tư đề nghị rà soát thanh niên đủ 18 tuổi trước ngày bầu cử "
              "để bổ sung danh sách cử tri."),
            P("Đồng chí chủ trì kết luận: Tết phải vui, an toàn, tiết kiệm; không để xảy ra trộm cắp, đốt pháo; việc "
              "chuẩn bị bầu cử không được ngừng trong những ngày Tết. Phân công:"),
            L("+ Đ/c Võ Văn Hiếu: cùng tổ bảo vệ an ninh trật tự ấp tuần tra ban đêm, suốt dịp Tết Nguyên đán.",
              indent=22, hang=34),
            L("+ Đ/c Đặng Thị Thanh Tâm, đ/c Nguyễn Thị Bé Tư: rà soát người đủ 18 tuổi, đề nghị bổ sung danh sách cử "
              "tri, hạn chót 25.02.2026.", indent=22, hang=34),
            L("+ Chi đoàn ấp: treo băng rôn, cờ cổ động bầu cử, xong trước mùng 10 tháng Giêng.", indent=22, hang=34),
            L("+ Chi ủy: kiểm tra việc thực hiện của các đồng chí được phân công, báo cáo tại kỳ họp tháng 3.",
              indent=22, hang=34),
            P("Biểu quyết thông qua: 20/20 đồng chí tán thành, đạt 100%."),
            P("Kết thúc lúc 21 giờ 00 phút. Biên bản đã đọc lại, chi bộ thống nhất thông qua."),
            S(["THƯ KÝ", "", "Đặng Thị Thanh Tâm"], ["CHỦ TRÌ", "", "Nguyễn Thành Công"]),
        ],
         "truth": minute(
             meeting("regular", "2026-02-04", "19:30", "21:00", "Văn phòng ấp Tân Hòa", _J10_CELL, _J10_COMM),
             "Nguyễn Thành Công", "Bí thư chi bộ", "Đặng Thị Thanh Tâm",
             att(26, 20, 3, 2, 1, 3, [("Trần Văn Mạnh", "đi ca", True), ("Lê Thị Út Nhỏ", "ốm", True),
                                      ("Huỳnh Văn Đực", "chưa rõ lý do", False)]),
             True,
             [vote("Kết luận và nhiệm vụ tháng 02/2026", 20, None, None, 100)],
             [task("Võ Văn Hiếu", "cùng tổ bảo vệ an ninh trật tự ấp tuần tra ban đêm", "suốt dịp Tết Nguyên đán"),
              task("Đặng Thị Thanh Tâm", "rà soát người đủ 18 tuổi, đề nghị bổ sung danh sách cử tri", "25.02.2026"),
              task("Nguyễn Thị Bé Tư", "rà soát người đủ 18 tuổi, đề nghị bổ sung danh sách cử tri", "25.02.2026"),
              task("Chi đoàn ấp", "treo băng rôn, cờ cổ động bầu cử", "mùng 10 tháng Giêng"),
              task("Chi ủy", "kiểm tra việc thực hiện của các đồng chí được phân công", "kỳ họp tháng 3")],
             ["low_attendance", "unexcused_absence"])},
        # --- 3. March, new page with its own header; a task table with a "Phối hợp" column, two people and
        #     two groups in one cell, an empty deadline cell; no vote at all -> missing_vote
        {"blocks": [
            PB,
            HD(["ĐẢNG BỘ XÃ HẬU NGHĨA", "CHI BỘ ẤP TÂN HÒA", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hậu Nghĩa, ngày 06 tháng 3 năm 2026"]),
            G(4),
            C("BIÊN BẢN HỌP CHI BỘ", size=13),
            C("(Kỳ tháng 3 năm 2026)", bold=False, italic=True),
            G(4),
            L("- Thời gian: từ 19 giờ 00 đến 20 giờ 40 phút, ngày 06/3/2026."),
            L("- Địa điểm: Văn phòng ấp Tân Hòa."),
            L("- Đảng viên: tổng số 26, miễn sinh hoạt 03; có mặt 22/23; vắng 01: đồng chí Trần Văn Mạnh (đi ca)."),
            L("- Chủ trì: đồng chí Nguyễn Thành Công, Bí thư chi bộ. Thư ký: đồng chí Đặng Thị Thanh Tâm."),
            H("I. Kết quả tháng 02, nhiệm vụ tháng 3"),
            P("Tết Nguyên đán Bính Ngọ an toàn, không có vụ trộm cắp, cháy nổ; đã bổ sung 11 cử tri đủ 18 tuổi vào "
              "danh sách. Khu vực bỏ phiếu số 5 của ấp đặt tại Trường Tiểu học Tân Hòa, có 1.846 cử tri. Tháng 3 "
              "tập trung cho ngày bầu cử 15/3/2026, bảo đảm an ninh, an toàn tuyệt đối."),
            H("II. Ý kiến"),
            L("- Đồng chí Huỳnh Văn Đực: tháng trước tôi vắng vì đi chăm mẹ ở Đức Huệ, chưa kịp báo chi ủy; xin rút "
              "kinh nghiệm.", hang=10),
            L("- Đồng chí Phạm Văn Lợi: nhiều công nhân thuê trọ có hộ khẩu ở tỉnh khác, cần hướng dẫn thủ tục xin "
              "giấy chứng nhận để bầu cử nơi tạm trú.", hang=10),
            H("III. Kết luận"),
            P("Đồng chí Bí thư kết luận: mọi việc của chi bộ trong tháng 3 phục vụ cuộc bầu cử; mỗi đảng viên vận động "
              "gia đình và hàng xóm đi bầu đúng giờ, đúng luật. Phân công cụ thể:"),
            T([(0.06, "TT", "c"), (0.37, "Nội dung công việc", "l"), (0.23, "Người thực hiện", "l"),
               (0.16, "Phối hợp", "l"), (0.18, "Thời gian", "l")], [
                ["1", "Phát thẻ cử tri đến từng hộ, có ký nhận; lập danh sách cử tri vắng nhà báo Tổ bầu cử",
                 "Đ/c Đặng Thị Thanh Tâm, đ/c Nguyễn Thị Bé Tư", "Tổ nhân dân tự quản", "Chậm nhất 12/3/2026"],
                ["2", "Bảo đảm an ninh trật tự tại khu vực bỏ phiếu số 5", "Đ/c Võ Văn Hiếu", "Công an xã",
                 "Ngày 15/3/2026"],
                ["3", "Vận động cử tri đi bầu sớm, phấn đấu tỷ lệ trên 99%", "Chi hội Phụ nữ, Chi hội Cựu chiến binh",
                 "Ban điều hành ấp", ""],
                ["4", "Hướng dẫn công nhân thuê trọ làm thủ tục bầu cử nơi tạm trú", "Đ/c Phạm Văn Lợi",
                 "Chủ nhà trọ", "Trước ngày bầu cử"],
            ]),
            P("Đồng chí chủ trì đề nghị các đồng chí được phân công nghiêm túc thực hiện. Buổi họp kết thúc lúc 20 giờ "
              "40 phút. Biên bản đã thông qua."),
            S(["THƯ KÝ", "", "", "Đặng Thị Thanh Tâm"], ["BÍ THƯ", "", "", "Nguyễn Thành Công"]),
        ],
         "truth": minute(
             meeting("regular", "2026-03-06", "19:00", "20:40", "Văn phòng ấp Tân Hòa", _J10_CELL, _J10_COMM),
             "Nguyễn Thành Công", "Bí thư chi bộ", "Đặng Thị Thanh Tâm",
             att(26, 22, 1, 1, 0, 3, [("Trần Văn Mạnh", "đi ca", True)]),
             True,
             [],
             [task("Đặng Thị Thanh Tâm", "Phát thẻ cử tri đến từng hộ, có ký nhận; lập danh sách cử tri vắng nhà báo "
                   "Tổ bầu cử", "12/3/2026"),
              task("Nguyễn Thị Bé Tư", "Phát thẻ cử tri đến từng hộ, có ký nhận; lập danh sách cử tri vắng nhà báo Tổ "
                   "bầu cử", "12/3/2026"),
              task("Võ Văn Hiếu", "Bảo đảm an ninh trật tự tại khu vực bỏ phiếu số 5", "Ngày 15/3/2026"),
              task("Chi hội Phụ nữ", "Vận động cử tri đi bầu sớm, phấn đấu tỷ lệ trên 99%", None),
              task("Chi hội Cựu chiến binh", "Vận động cử tri đi bầu sớm, phấn đấu tỷ lệ trên 99%", None),
              task("Phạm Văn Lợi", "Hướng dẫn công nhân thuê trọ làm thủ tục bầu cử nơi tạm trú", "ngày bầu cử")],
             ["missing_vote"])},
    ],
    "flags": ["no_thematic_in_quarter"],
})


# =================================================================================================
# Image-only twins (200 dpi, grey JPEG).
# =================================================================================================
_SCANS = {
    "j04-thanhhoa-shoe-workshop-table-over-pagebreak-low": ("j11-thanhhoa-shoe-workshop-scan-photocopy", "photocopy",
                                                            1211),
    "j06-angiang-khmer-hamlet-terse-lookalikes": ("j12-angiang-khmer-hamlet-scan-moderate", "moderate", 1212),
    "j07-hagiang-hmong-form-dots-no-discussion": ("j13-hagiang-hmong-form-scan-photocopy", "photocopy", 1213),
    "j08-hcm-ward-draft-documents-conclusion-deferred": ("j14-hcm-ward-scan-moderate", "moderate", 1214),
}
for _d in DOCS:
    if _d["name"] in _SCANS:
        _n, _dmg, _seed = _SCANS[_d["name"]]
        _d["scans"] = [{"name": _n, "folder": "test", "damage": _dmg, "seed": _seed, "dpi": 200}]
