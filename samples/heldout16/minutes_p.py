"""Held-out set 16, writer p (dev/, `p…`): the North, the North-Central coast and the northern mountains, 2005–2026.

Written by hand, without reading the extractor (extract/**), ingest/, the bench, the generator (samples/generator/**),
samples/parts/**, the tests other than tests/samples/test_heldout_sets.py, the other writers' modules of this set or
the earlier sets' minute texts and truth files (only their READMEs' labelling choices, the block helpers of
samples/heldout2/minutes.py, `attendance` of samples/heldout/minutes.py and the k01 entry of
samples/heldout15/minutes_k.py as a format example), and without running the extractor. Rendered by
samples/heldout2/make.py (`build`). Names, places and figures are invented or used loosely; the paperwork follows
/work/shared/DOMAIN.md. The set's theme is the END of the minute: what was decided (the chair's conclusion in its
forms and its near-misses), what was voted (one vote or several, counts, words, percentages, none) and who does
what by when (lists, tables, tasks inside the conclusion, bodies, two people, a role; and the calls, offers and
reviews that are no tasks).

Files (name -> what varies -> minute flags / book flags):

- p01-hanoi-dongda-numbered-conclusion-task-table-clean -> Hà Nội (Đống Đa) residential-block cell, June 2023
  (power cuts in the heat, Luật Thực hiện dân chủ ở cơ sở from 01/7/2023); Serif 12.5 justified, right-aligned
  running head from page 2, "- n -" at the foot; opening in prose; 26 members, 3 exempt (counted only), 22/23
  present, one excused absentee named; a ward guest who speaks and offers chemicals; "V. KẾT LUẬN" in three
  numbered points; "tán thành 22/22; không tán thành: 0; ý kiến khác: 0"; a five-column ruled task table "TT |
  Nội dung công việc | Người phụ trách | Phối hợp | Thời hạn" (two members in one cell, the Chi đoàn, "Trước
  01/7/2023", "Hằng tuần", "Thường xuyên", an empty Phối hợp cell) -> — / —
- p02-nghean-school-thematic-woven-tasks-short -> Nghệ An (Yên Thành) lower-secondary school, thematic meeting of
  Q4/2016 on Nghị quyết TW4 khóa XII with a "Chuyên đề:" line in curly quotes; Sans 11.5 ragged, no page numbers;
  "Ghi biên bản:"; "3. Ý kiến kết luận của chủ trì" in one paragraph with the tasks inside it ("Giao đồng chí …
  trước ngày 20/12/2016", "Đồng chí … chịu trách nhiệm … trong tuần sau", "Đề nghị Chi đoàn giáo viên … trong học
  kỳ II") and a call to "mỗi đảng viên"; a show of hands "17/18 … (đạt 94,4%); 01 đồng chí có ý kiến khác";
  14:00–15:15 -> short_meeting / —
- p03-hagiang-border-deputy-concludes-three-votes-clean -> Hà Giang (Đồng Văn) border-post cell, April 2011 (the
  May 2011 elections); DejaVu Sans 10.5 justified, "- n -"; ranks before every name; the Bí thư away at the
  Học viện Biên phòng (an absentee), the Phó Bí thư chairs; the post's Bí thư Đảng ủy attends and gives directions;
  THREE votes: proposing an admission ("17/17 đảng viên chính thức có mặt … (đạt 100%)"), a commendation ("19/19
  … giơ tay nhất trí"), and the conclusion "18/18 … có mặt" after a member left for patrol; "VII. KẾT LUẬN" opened
  "Thay mặt chi ủy, đồng chí Phó Bí thư chi bộ kết luận"; numbered tasks: two members jointly, "Đồng chí Chi ủy
  viên phụ trách tổ chức … ngay sau cuộc họp", "cùng trưởng thôn … trong tuần tới", a patrol team "hằng ngày";
  13:30–16:10 -> — / —
- p04-thanhhoa-form-guest-directs-conclusion-dotted -> Thanh Hóa (Như Thanh) village, October 2009, a printed
  form typed in (DejaVu Serif 11, ragged, "Số: ……/BB-CB"); numbered fields, one exempt, one absentee "đi làm ăn
  xa"; the commune's Phó Bí thư gives directions to the cell ("5. Ý kiến của đại biểu cấp trên"); "6. Kết luận
  của chủ trì:" left as two lines of dots; "7. Biểu quyết: Tán thành: 15/15 đ/c. Không tán thành: 0 đ/c. Ý kiến
  khác: 0 đ/c."; dash tasks ("trong tháng 10", a Chi đoàn "trong quý IV", "xong trước Tết Nguyên đán");
  "(Ký, ghi rõ họ tên)" under both titles -> missing_conclusion, unfilled_template / —
- p05-hatinh-hospital-thanks-only-no-vote -> Hà Tĩnh (Can Lộc) district hospital, emergency ward, October 2020
  (the historic floods, 5K); Serif 12 justified, "Trang n"; degrees before names ("BSCKI.", "ĐD."); "11/12 đảng
  viên có mặt"; the hospital's Phó Giám đốc offers a ventilator and nurses (no task); a numbered "PHÂN CÔNG"
  (a role only "Điều dưỡng trưởng khoa … trước ngày 05/11/2020", two members "hằng tháng", "đến hết năm 2020");
  the chair only thanks, wishes health and closes; nothing voted; the minute approved -> missing_conclusion,
  missing_vote / —
- p06-thainguyen-steel-thongnhat-words-vote-no-tasks -> Thái Nguyên (Sông Công) steel-rolling workshop, September
  2025 (A80, two-level local government, the merged province, NQ 57); Sans 11 justified, "Trang n/N"; the upper
  committee's name wrapped over two header lines; chair and secretary on one line; a union guest who offers money
  (no task); last month's task reported done; "5. Thống nhất": the chair takes in the opinions and "chi bộ thống
  nhất:" three dashes; "mười bảy trên mười bảy đồng chí có mặt nhất trí hoàn toàn"; "6. Phân công thực hiện"
  holds only "Chi ủy sẽ họp và phân công cụ thể sau", "Đề nghị mỗi đảng viên …", "Toàn thể đảng viên …" ->
  missing_assignments / —
- p07-hoabinh-muong-book-jan-jun-2015 -> **book**, Hòa Bình (Tân Lạc) Mường hamlet, January–June 2015, 5 minutes
  (no April); Serif 12 justified, running head from page 2, "- n -"; every minute after the first starts mid-page
  under the previous signatures, with a title and no header. Jan (08/01): "Kết luận:" inline, "13/13", two members
  sent to see the absentee "tại kỳ họp tháng 2" -> unexcused_absence; Feb (05/02, before Tết Ất Mùi): last month's
  task reported on, tasks inside the conclusion ("xong trước ngày 15/02", "Chi hội Phụ nữ xóm … trong dịp Tết"),
  "14/14 …, đạt 100%", 75 min -> short_meeting; Mar (10/3): regular + Q1 thematic with a "Chuyên đề:" line, "không
  có ý kiến bổ sung", "Cuối buổi, đồng chí … kết luận" with two tasks, "nhất trí 13/13" -> no_discussion,
  unexcused_absence; May (07/5): "Tháng 4/2015 chi bộ không sinh hoạt được …", tasks in the conclusion, no vote,
  ends with the end time -> missing_vote, not_approved; Jun (11/6): regular + thematic, 12/14, "Phân công:" with
  nothing under it, "chi bộ sẽ xem xét trường hợp … tại kỳ họp tháng 7" -> low_attendance, missing_assignments,
  unexcused_absence / missing_month (April), repeated_absence (Xa Văn Thuận in Jan, Mar, Jun)
- p08-namdinh-coop-absentee-table-conclusion-over-page-low -> Nam Định (Giao Thủy) agricultural service
  cooperative, July 2018 (Luật An ninh mạng, storm no. 2); DejaVu Sans 11 ragged, "Trang n/N"; "Có mặt: 18/22
  …, đạt 81,8%" and a ruled absentee table "STT | Họ và tên | Lý do vắng" ("Không lý do", an empty cell); "III. Ý
  KIẾN KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ" in four numbered points that run over the page break, the tasks inside
  them ("Giao đồng chí …, Phó Giám đốc HTX, … xong trước ngày 25/7/2018", "… chịu trách nhiệm … tại kỳ họp tháng
  8", "Chi ủy giao cho đồng chí … trong tháng 7", "đề nghị Chi hội Nông dân và Chi đoàn thanh niên … trong vụ
  mùa") and "Mỗi đảng viên …"; "18/18 …, đạt 100%" -> low_attendance, unexcused_absence / —
- p09-haiphong-retired-mono-no-discussion-not-approved -> Hải Phòng (Lê Chân) retired cadres' cell, December 2007
  (the first WTO year, the Hồ Chí Minh campaign); Liberation Mono 10.5 ragged, one page; meeting in a member's
  house; 31 members, 6 exempt, "vắng 02 có lý do (đi viện)" with nobody named; the Bí thư's report, "Chi bộ nhất
  trí với báo cáo, không có ý kiến thảo luận thêm"; "Đ/c … kết luận:" in prose with two members jointly "xong
  trước Tết Nguyên đán Mậu Tý" and one "hằng tháng"; "100% đảng viên có mặt nhất trí"; ends "Họp xong lúc 15 giờ
  45 phút." -> no_discussion, not_approved / —
- p10-ninhbinh-commune-2026-chutri-tonghop-table-clean -> Ninh Bình (after the 2025 merger) commune People's
  Committee cell, February 2026 (Đại hội XIV, the 15/3/2026 elections, Hướng dẫn 42-HD/BTCTW); Serif 13
  justified, "Trang n/N"; province committee over the commune committee; "– " field lines, 15/15 present; an
  upper guest "Dự và chỉ đạo"; "V. CHỦ TRÌ TỔNG HỢP, KẾT LUẬN"; "số đảng viên tán thành 15/15, đạt tỷ lệ 100%";
  a ruled table "TT | Nội dung | Chủ trì thực hiện | Thời gian hoàn thành" (two members in a cell, an office, the
  Chi ủy, "Trước 10/3/2026", "Quý I/2026", "Hằng tháng", "Đến hết năm 2026", an empty cell) -> — / —
- p11-langson-tay-combined-agenda-recap-short -> Lạng Sơn (Văn Lãng) Tày village, April 2021, regular meeting
  combined with the Q2 thematic one on Nghị quyết Đại hội XIII; Sans 11 justified, running head from page 2,
  bare page number; "A./B./C." parts; the chair only runs through the agenda again ("Đồng chí chủ trì nhắc lại:
  …"); "100% đồng chí có mặt tán thành"; "Phân công:" dashes (the Bí thư "xong trước ngày 15/4", the Ban công tác
  Mặt trận thôn with no time, the Tổ bảo vệ an ninh thôn "thường xuyên", two members "trong quý II");
  19:30–21:15 combined -> missing_conclusion, short_meeting / —
- p12-hagiang-border-deputy-concludes-scan-moderate -> image-only twin of p03: moderate, 200 dpi -> as p03
- p13-haiphong-retired-scan-photocopy -> image-only twin of p09: photocopy, 250 dpi -> as p09
- p14-sonla-thai-guest-directs-report-upward-scan -> Sơn La (Mộc Châu) Thái village, August 2005 (60 years of
  the August Revolution, bird flu, Chương trình 135), SCAN ONLY (no born-digital twin): moderate, 250 dpi, one
  page; Serif 12 ragged; 18/20 present (exactly 90 %), one absentee "(không lý do)"; the commune's Phó Bí thư
  gives directions; the Bí thư only takes them in, thanks and promises to report to the commune committee; "17/18
  … tán thành, 01 … không tán thành"; "Chi ủy phân công" dashes -> missing_conclusion, unexcused_absence / —

Labelling decisions (on top of the READMEs):
- Conclusion: the chair's own summing-up with content, under "Kết luận", "Ý kiến kết luận của chủ trì", "Ý kiến
  kết luận của đồng chí Bí thư", "Chủ trì tổng hợp, kết luận", "Thống nhất" (the chair takes in the opinions and
  "chi bộ thống nhất:" what it will do, p06) or none ("Cuối buổi, đồng chí … kết luận", "Đ/c … kết luận:"); the
  deputy chairing for the Bí thư away concludes "Thay mặt chi ủy" (p03). None: the form's "Kết luận của chủ trì:"
  left as dots (p04); the guest's directions (p04, p14); thanks and closing words (p05); the chair promising to
  report the opinions to the commune (p14); the chair running through the agenda again (p11).
- Votes: every vote in one minute is its own resolution (p03: admission — official members only —,
  commendation, direction). A vote counted after a member left takes the hands written (p03: 18 with 19
  present). "mười bảy trên mười bảy … nhất trí hoàn toàn" -> for 17; "17/18 … (đạt 94,4%); 01 … ý kiến khác"
  -> 17 / null / 1 / 94.4; "17/18 tán thành, 01 không tán thành" -> 17 / 1 / null; "100% … nhất trí" -> percent
  only. Approving the minutes is no vote.
- Tasks: in a table the "Người phụ trách" / "Chủ trì thực hiện" cell is the assignee, the "Phối hợp" column never;
  two members in one cell or one sentence give one task each; bodies as written ("Chi đoàn thanh niên khu dân cư",
  "Chi hội Phụ nữ xóm", "Ban công tác Mặt trận thôn", "Tổ bảo vệ an ninh thôn", "Văn phòng HĐND – UBND xã",
  "Chi ủy"); a role only as written without "Đồng chí" ("Chi ủy viên phụ trách tổ chức", "Điều dưỡng trưởng
  khoa"); "Đề nghị <one named body> …" inside the conclusion is a task (p02 Chi đoàn giáo viên, p08 Chi hội Nông
  dân and Chi đoàn thanh niên: one each), "Đề nghị mỗi đảng viên / các đồng chí …", "Toàn thể đảng viên …",
  "Mỗi đảng viên …" are not; a partner after "cùng" stays in the task ("cùng trưởng thôn …"). Not tasks: last
  month's task reported done (p06, p07 Feb), a guest's offer of help (p01, p05, p06), the guest's directions to the
  cell (p03, p04, p14), "Chi ủy sẽ họp và phân công cụ thể sau", what the cell or its committee will do ("chi ủy
  sẽ báo cáo …", "chi bộ sẽ xem xét …", passive plan items), a "Phân công:" heading with nothing under it (p07
  Jun). A task told in a sentence whose only date is its content ("ngày bầu cử 23/5/2021", "mừng Quốc khánh 2/9")
  has no deadline.
- Deadlines drop the words in front ("xong trước ngày 20/5/2011" -> "20/5/2011", "trước ngày 15/4" -> "15/4",
  "trong tuần sau" -> "tuần sau", "trong học kỳ II" -> "học kỳ II", "trong quý IV" -> "quý IV", "xong trước Tết
  Nguyên đán Mậu Tý" -> "Tết Nguyên đán Mậu Tý", "đến hết năm 2020" -> "hết năm 2020", "trong dịp Tết" -> "dịp
  Tết", "báo cáo chi bộ tại kỳ họp tháng 8" -> "kỳ họp tháng 8"); "ngay sau cuộc họp" whole; frequencies as
  written ("hằng tháng", "hằng ngày", "thường xuyên", "Hằng tuần"); table cells as written bar a leading
  "Trước" / "Đến" ("Trước 01/7/2023" -> "01/7/2023", "Đến hết năm 2026" -> "hết năm 2026"); an empty cell null.
- Attendance: in the book, a minute that writes only "13/14 đảng viên phải dự" and nothing of the exempt member
  has exempt 0 and total 14 (the earlier sets' convention), while January (exempt named) and February (the exempt
  member named in brackets) have exempt 1, total 15. "vắng không lý do (lần thứ ba trong năm)" gives reason "không
  lý do". "đi làm ăn xa", "đi viện", "nghỉ chế độ thai sản" are excused; an empty reason cell is unexcused with
  reason null. Ranks and degrees ("Thiếu tá", "Thượng úy", "BSCKI.", "ĐD.") are dropped from names.
- A wrapped upper-committee line in the header is joined ("ĐẢNG BỘ CÔNG TY CỔ PHẦN LUYỆN CÁN THÉP SÔNG CÔNG").
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import HD, C, G, H, L, P, S, meeting, minute, task, vote

DOCS: list[dict] = []


def TB(cols, rows, **kw):
    return ("table", cols, rows, kw)


# =================================================================================================
# p01 — Hà Nội, Đống Đa: a residential-block cell, June 2023. Numbered conclusion, five-column task table.
# =================================================================================================
DOCS.append({
    "name": "p01-hanoi-dongda-numbered-conclusion-task-table-clean", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 30, "spacing": 1.32,
              "head": "Chi bộ Khu dân cư số 4 – Họp định kỳ tháng 6/2023", "head_align": "right",
              "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ QUẬN ĐỐNG ĐA", "ĐẢNG ỦY PHƯỜNG KHƯƠNG THƯỢNG", "CHI BỘ KHU DÂN CƯ SỐ 4", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đống Đa, ngày 14 tháng 6 năm 2023"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=15),
            C("HỌP CHI BỘ ĐỊNH KỲ THÁNG 6/2023"),
            G(10),
            P("Vào hồi 19 giờ 45 phút ngày 14/6/2023, tại Nhà sinh hoạt cộng đồng khu dân cư số 4 (ngõ 40 Tôn "
              "Thất Tùng), Chi bộ Khu dân cư số 4 tiến hành họp định kỳ tháng 6/2023."),
            P("Đồng chí Lương Thị Bích Ngọc, Bí thư chi bộ, chủ trì; đồng chí Đinh Công Hậu, Chi ủy viên, làm "
              "thư ký."),
            P("Chi bộ hiện có 26 đảng viên (24 chính thức, 02 dự bị), trong đó 03 đồng chí được miễn sinh hoạt "
              "do tuổi cao, sức yếu; số đảng viên phải dự là 23 đồng chí. Có mặt 22 đồng chí; vắng 01 đồng chí "
              "có lý do (đồng chí Tạ Quang Vinh đi công tác tại Cần Thơ)."),
            P("Dự họp có đồng chí Phùng Văn Tiến, Đảng ủy viên phường, phụ trách khu dân cư."),
            H("I. THÔNG TIN THỜI SỰ"),
            P("Đồng chí Bí thư thông tin một số nội dung chính của Kỳ họp thứ 5, Quốc hội khóa XV đang diễn ra; "
              "tình hình cung ứng điện ở miền Bắc căng thẳng do nắng nóng kéo dài, một số khu vực phải cắt điện "
              "luân phiên; Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày 01/7/2023, thay thế Pháp lệnh "
              "thực hiện dân chủ ở xã, phường, thị trấn."),
            H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 5/2023"),
            P("Chi bộ đã lãnh đạo tổ chức trang trọng lễ dâng hương kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí "
              "Minh; ra quân tổng vệ sinh hai tuyến ngõ 40 và ngõ 58 với gần 120 lượt người tham gia; vận động "
              "ủng hộ Quỹ \"Vì người nghèo\" được 9.350.000 đồng; không có vụ việc phức tạp về an ninh, trật "
              "tự."),
            P("Hạn chế: đã ghi nhận 02 ca sốt xuất huyết tại tổ 3 và tổ 5; tình trạng để xe máy lấn chiếm vỉa "
              "hè trước các cửa hàng ăn uống ở đầu ngõ 58 chưa chấm dứt; còn khoảng 15% số hộ chưa phân loại "
              "rác thải tại nguồn."),
            H("III. NHIỆM VỤ THÁNG 6 VÀ THÁNG 7/2023"),
            P("Tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở; tập trung phòng, chống sốt xuất huyết "
              "trong mùa mưa; tổ chức các hoạt động hè cho thiếu nhi, phòng chống đuối nước; vận động nhân dân "
              "tiết kiệm điện; chuẩn bị tổng kết 6 tháng đầu năm."),
            H("IV. THẢO LUẬN"),
            P("Đồng chí Vũ Thị Hằng (Chi hội trưởng Chi hội Phụ nữ): nhất trí với dự thảo nhiệm vụ; đề nghị tổ "
              "chức kiểm tra bọ gậy theo từng tổ, có biên bản ghi tên hộ vi phạm để nhắc nhở, vì hai ca sốt "
              "xuất huyết vừa qua đều ở các hộ có bể nước không đậy nắp."),
            P("Đồng chí Nghiêm Xuân Lộc: việc niêm yết các nội dung công khai theo Luật mới cần làm sớm, in to, "
              "dán ở bảng tin nhà sinh hoạt cộng đồng và đọc trên loa vào sáng thứ Bảy để người cao tuổi cùng "
              "nắm."),
            P("Đồng chí Cù Minh Đức: đề nghị Chi đoàn nhận việc tổ chức lớp bơi cho các cháu, vì năm ngoái các "
              "gia đình phải tự đưa con đi học bơi rất xa."),
            P("Đồng chí Phùng Văn Tiến phát biểu: đánh giá cao sự chủ động của chi bộ; Đảng ủy phường sẽ chỉ "
              "đạo Trạm y tế phường cấp hóa chất và cử cán bộ hướng dẫn phun diệt muỗi tại khu dân cư."),
            H("V. KẾT LUẬN"),
            P("Đồng chí Bí thư chi bộ tiếp thu các ý kiến và kết luận ba vấn đề:"),
            P("1. Chi bộ thống nhất các nhiệm vụ tháng 6 và tháng 7/2023 như dự thảo, bổ sung ý kiến của đồng "
              "chí Vũ Thị Hằng về kiểm tra bọ gậy theo từng tổ, lập biên bản với hộ để nước đọng."),
            P("2. Việc tuyên truyền Luật Thực hiện dân chủ ở cơ sở phải xong trước khi Luật có hiệu lực; nội "
              "dung niêm yết làm theo ý kiến của đồng chí Nghiêm Xuân Lộc."),
            P("3. Hoạt động hè năm nay phải có lớp kỹ năng bơi an toàn cho các cháu; kinh phí vận động từ các "
              "nhà hảo tâm trong khu dân cư, không thu của gia đình các cháu."),
            H("VI. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết thông qua kết luận và nhiệm vụ tháng 6, tháng 7/2023: tán thành 22/22 đồng chí; "
              "không tán thành: 0; ý kiến khác: 0."),
            H("VII. PHÂN CÔNG THỰC HIỆN"),
            TB([(0.07, "TT", "c"), (0.37, "Nội dung công việc", "l"), (0.22, "Người phụ trách", "l"),
                (0.18, "Phối hợp", "l"), (0.16, "Thời hạn", "l")],
               [["1", "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở, niêm yết nội dung công khai tại nhà sinh "
                 "hoạt cộng đồng", "Đ/c Nghiêm Xuân Lộc", "Ban công tác Mặt trận", "Trước 01/7/2023"],
                ["2", "Kiểm tra, xử lý dụng cụ chứa nước đọng theo từng tổ, phòng chống sốt xuất huyết",
                 "Đ/c Vũ Thị Hằng, đ/c Cù Minh Đức", "Trạm y tế phường", "Hằng tuần"],
                ["3", "Tổ chức sinh hoạt hè, lớp kỹ năng bơi an toàn cho thiếu nhi",
                 "Chi đoàn thanh niên khu dân cư", "Chi hội Phụ nữ", "Tháng 7/2023"],
                ["4", "Vận động các hộ tiết kiệm điện, không dùng thiết bị công suất lớn vào giờ cao điểm",
                 "Đ/c Lương Thị Bích Ngọc", "", "Thường xuyên"]],
               head_center=True),
            P("Cuộc họp kết thúc lúc 21 giờ 40 phút cùng ngày. Biên bản đã được đọc lại, các đồng chí dự họp "
              "nhất trí thông qua."),
            S(["THƯ KÝ", "Đinh Công Hậu"], ["T/M CHI BỘ", "BÍ THƯ", "Lương Thị Bích Ngọc"]),
        ],
        "truth": minute(
            meeting("regular", "2023-06-14", "19:45", "21:40",
                    "Nhà sinh hoạt cộng đồng khu dân cư số 4 (ngõ 40 Tôn Thất Tùng)",
                    "CHI BỘ KHU DÂN CƯ SỐ 4", "ĐẢNG ỦY PHƯỜNG KHƯƠNG THƯỢNG"),
            "Lương Thị Bích Ngọc", "Bí thư chi bộ", "Đinh Công Hậu",
            attendance(26, 22, 1, 1, 0, 3, [("Tạ Quang Vinh", "đi công tác tại Cần Thơ", True)],
                       [("Phùng Văn Tiến", "Đảng ủy viên phường, phụ trách khu dân cư")]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 6, tháng 7/2023", 22, 0, 0)],
            [task("Nghiêm Xuân Lộc", "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở, niêm yết nội dung công khai "
                  "tại nhà sinh hoạt cộng đồng", "01/7/2023"),
             task("Vũ Thị Hằng", "Kiểm tra, xử lý dụng cụ chứa nước đọng theo từng tổ, phòng chống sốt xuất "
                  "huyết", "Hằng tuần"),
             task("Cù Minh Đức", "Kiểm tra, xử lý dụng cụ chứa nước đọng theo từng tổ, phòng chống sốt xuất "
                  "huyết", "Hằng tuần"),
             task("Chi đoàn thanh niên khu dân cư", "Tổ chức sinh hoạt hè, lớp kỹ năng bơi an toàn cho thiếu "
                  "nhi", "Tháng 7/2023"),
             task("Lương Thị Bích Ngọc", "Vận động các hộ tiết kiệm điện, không dùng thiết bị công suất lớn vào "
                  "giờ cao điểm", "Thường xuyên")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# p02 — Nghệ An, Yên Thành: a lower-secondary school, thematic meeting Q4/2016. Tasks woven into the
# chair's conclusion; a show of hands with one "ý kiến khác"; 75 minutes.
# =================================================================================================
DOCS.append({
    "name": "p02-nghean-school-thematic-woven-tasks-short", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 24, "spacing": 1.35, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN YÊN THÀNH", "CHI BỘ TRƯỜNG THCS HẬU THÀNH", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hậu Thành, ngày 08 tháng 12 năm 2016"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2016", size=13),
            C("Chuyên đề: Nhận diện biểu hiện “tự diễn biến”, “tự chuyển hóa” và trách nhiệm nêu gương của "
              "đảng viên là nhà giáo", bold=False, italic=True),
            G(8),
            L("Thời gian: 14 giờ 00 phút, thứ Năm ngày 08/12/2016."),
            L("Địa điểm: Phòng họp Hội đồng sư phạm nhà trường."),
            L("Chủ trì: đồng chí Nguyễn Đình Quang – Bí thư chi bộ, Hiệu trưởng."),
            L("Ghi biên bản: đồng chí Hồ Thị Thanh Tâm – Chi ủy viên."),
            L("Đảng viên: tổng số 19 đồng chí; có mặt 18; vắng 01 (đồng chí Phan Thị Lài nghỉ chế độ thai "
              "sản)."),
            G(4),
            H("1. Giới thiệu chuyên đề"),
            P("Đồng chí Nguyễn Văn Thiết, Phó Bí thư chi bộ, Phó Hiệu trưởng, trình bày chuyên đề. Nghị quyết "
              "Trung ương 4 khóa XII (ngày 30/10/2016) chỉ rõ 27 biểu hiện suy thoái về tư tưởng chính trị, "
              "đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” trong nội bộ. Liên hệ với nhà trường, đồng "
              "chí nêu những biểu hiện cần cảnh giác: dạy thêm, học thêm không đúng quy định; chạy theo thành "
              "tích trong thi học sinh giỏi; ngại va chạm, “dĩ hòa vi quý” khi góp ý đồng nghiệp; chia sẻ thông "
              "tin chưa kiểm chứng trên mạng xã hội."),
            H("2. Thảo luận"),
            P("Đồng chí Trần Thị Minh Hà (tổ Ngữ văn): đồng tình với chuyên đề; theo đồng chí, biểu hiện dễ gặp "
              "nhất là nể nang trong đánh giá, xếp loại viên chức cuối năm, đề nghị chi bộ làm gương từ kỳ "
              "đánh giá học kỳ I."),
            P("Đồng chí Lê Hữu Tình (tổ Toán – Tin): thừa nhận có đảng viên trong tổ còn nhận dạy thêm tại nhà "
              "học sinh lớp mình chủ nhiệm; đề nghị mỗi đảng viên viết bản cam kết, công khai trước Hội đồng sư "
              "phạm."),
            P("Đồng chí Đặng Xuân Nam (Bí thư Chi đoàn giáo viên): giáo viên trẻ dùng mạng xã hội nhiều, có "
              "trường hợp chia sẻ bài viết xuyên tạc mà không biết; xin chi bộ cho Chi đoàn tổ chức một buổi "
              "sinh hoạt riêng về nội dung này."),
            P("Đồng chí Hồ Thị Thanh Tâm: đề nghị đưa nội dung tự soi, tự sửa vào kiểm điểm đảng viên cuối năm "
              "2016 để không thành hình thức."),
            H("3. Ý kiến kết luận của chủ trì"),
            P("Đồng chí Nguyễn Đình Quang tiếp thu các ý kiến và kết luận: chuyên đề được chuẩn bị công phu, "
              "các ý kiến thẳng thắn, đúng vào những việc của nhà trường. Chi bộ xác định dạy thêm sai quy định "
              "và nể nang trong đánh giá là hai biểu hiện phải khắc phục ngay trong học kỳ này. Giao đồng chí "
              "Nguyễn Văn Thiết hoàn thiện kế hoạch khắc phục theo Nghị quyết Trung ương 4 khóa XII của chi bộ, "
              "gửi Huyện ủy trước ngày 20/12/2016. Đồng chí Lê Hữu Tình chịu trách nhiệm thu bản cam kết không "
              "dạy thêm sai quy định của từng đảng viên, tổng hợp nộp chi ủy trong tuần sau. Đề nghị Chi đoàn "
              "giáo viên tổ chức diễn đàn “Giáo viên trẻ với mạng xã hội” trong học kỳ II. Đề nghị mỗi đảng "
              "viên gương mẫu, thường xuyên tự soi, tự sửa theo 27 biểu hiện đã học."),
            H("4. Biểu quyết"),
            P("Chi bộ biểu quyết bằng hình thức giơ tay: 17/18 đồng chí tán thành kết luận (đạt 94,4%); 01 đồng "
              "chí có ý kiến khác (đề nghị ghi rõ số lớp dạy thêm được phép trong kế hoạch)."),
            P("Buổi sinh hoạt chuyên đề kết thúc lúc 15 giờ 15 phút. Biên bản đã được đọc lại, chi bộ nhất trí "
              "thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "Hồ Thị Thanh Tâm"], ["BÍ THƯ CHI BỘ", "Nguyễn Đình Quang"]),
        ],
        "truth": minute(
            meeting("thematic", "2016-12-08", "14:00", "15:15", "Phòng họp Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG THCS HẬU THÀNH", "ĐẢNG BỘ HUYỆN YÊN THÀNH",
                    topic="Nhận diện biểu hiện “tự diễn biến”, “tự chuyển hóa” và trách nhiệm nêu gương của "
                          "đảng viên là nhà giáo"),
            "Nguyễn Đình Quang", "Bí thư chi bộ", "Hồ Thị Thanh Tâm",
            attendance(19, 18, 1, 1, 0, 0, [("Phan Thị Lài", "nghỉ chế độ thai sản", True)]),
            True,
            [vote("Kết luận chuyên đề quý IV/2016", 17, None, 1, 94.4)],
            [task("Nguyễn Văn Thiết", "hoàn thiện kế hoạch khắc phục theo Nghị quyết Trung ương 4 khóa XII của "
                  "chi bộ, gửi Huyện ủy", "20/12/2016"),
             task("Lê Hữu Tình", "thu bản cam kết không dạy thêm sai quy định của từng đảng viên, tổng hợp nộp "
                  "chi ủy", "tuần sau"),
             task("Chi đoàn giáo viên", "tổ chức diễn đàn “Giáo viên trẻ với mạng xã hội”", "học kỳ II")],
            ["short_meeting"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# p03 — Hà Giang, Đồng Văn: a border-post cell, April 2011. The Bí thư away at school, the Phó Bí thư
# chairs and concludes "Thay mặt chi ủy"; three votes (admission, commendation, direction), the last one
# after a member left for patrol; numbered tasks, two members jointly, a role only.
# =================================================================================================
DOCS.append({
    "name": "p03-hagiang-border-deputy-concludes-three-votes-clean", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": True, "indent": 22, "spacing": 1.4,
              "left": 72, "right": 60, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY ĐỒN BIÊN PHÒNG PHÓ BẢNG", "CHI BỘ ĐỘI VŨ TRANG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phó Bảng, ngày 26 tháng 4 năm 2011"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("Tháng 4 năm 2011", bold=False, italic=True),
            G(8),
            L("- Thời gian: từ 13 giờ 30 phút đến 16 giờ 10 phút, ngày 26/4/2011."),
            L("- Địa điểm: Hội trường Đồn Biên phòng Phó Bảng."),
            L("- Chủ trì: đồng chí Thiếu tá Hoàng Văn Sính, Phó Bí thư chi bộ (đồng chí Bí thư đi học)."),
            L("- Thư ký: đồng chí Thượng úy Lù Seo Dìn, Chi ủy viên."),
            L("- Đảng viên: tổng số 21 đồng chí (chính thức 19, dự bị 02); có mặt 19; vắng 02 có lý do: đồng "
              "chí Đàm Quốc Việt, Bí thư chi bộ, đi học tại Học viện Biên phòng; đồng chí Vương Đình Khải nghỉ "
              "phép."),
            L("- Dự và chỉ đạo: đồng chí Trung tá Nông Thanh Bình, Bí thư Đảng ủy, Chính trị viên Đồn."),
            H("I. THÔNG TIN THỜI SỰ"),
            P("Đồng chí chủ trì thông tin: cả nước chuẩn bị bầu cử đại biểu Quốc hội khóa XIII và đại biểu Hội "
              "đồng nhân dân các cấp nhiệm kỳ 2011 – 2016 vào ngày 22/5/2011; đơn vị tiếp tục học tập Nghị quyết "
              "Đại hội XI của Đảng. Trên địa bàn, tình trạng xuất cảnh trái phép sang bên kia biên giới làm thuê "
              "và hoạt động truyền đạo trái pháp luật ở một số thôn vẫn còn diễn biến phức tạp."),
            H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 4"),
            P("Đơn vị duy trì 18 lượt tuần tra song phương và đơn phương trên tuyến biên giới, không để xảy ra "
              "vi phạm quy chế khu vực biên giới. Ngày 09/4/2011, tổ công tác do đồng chí Lầu Văn Pó và đồng chí "
              "Nguyễn Hữu Thắng phụ trách đã phối hợp bắt giữ 01 đối tượng vận chuyển trái phép 01 bánh heroin. "
              "Tổ đội công tác giúp nhân dân thôn Sính Lủng làm 2,5 km đường bê tông liên thôn. Hạn chế: việc "
              "nắm tình hình ở thôn Lủng Phìn A còn chậm; sổ sách công tác dân vận chưa cập nhật kịp thời."),
            H("III. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 5"),
            P("Tập trung bảo vệ an toàn cuộc bầu cử trên địa bàn 6 thôn biên giới; duy trì nghiêm chế độ trực "
              "sẵn sàng chiến đấu; tuyên truyền để bà con không nghe theo kẻ xấu xuất cảnh trái phép; tiếp tục "
              "giúp dân làm đường, làm nhà đại đoàn kết."),
            H("IV. THẢO LUẬN"),
            P("Đồng chí Lầu Văn Pó: nhất trí với báo cáo; đề nghị khi tuyên truyền về bầu cử ở thôn Sính Lủng "
              "phải dùng tiếng Mông, in thêm tranh cổ động vì nhiều bà con không đọc được chữ."),
            P("Đồng chí Nguyễn Hữu Thắng: lực lượng trong đợt bầu cử mỏng, đề nghị chi ủy báo cáo Đảng ủy Đồn "
              "điều chỉnh lịch nghỉ phép tháng 5."),
            P("Đồng chí Giàng Seo Chử: đề nghị bổ sung việc nắm lại danh sách lao động đang làm thuê bên kia "
              "biên giới để gia đình báo tin về đi bầu cử."),
            P("Đồng chí Nông Thanh Bình phát biểu chỉ đạo: biểu dương kết quả bắt giữ ngày 09/4; yêu cầu chi bộ "
              "quán triệt để mọi đảng viên hiểu bầu cử là nhiệm vụ chính trị trọng tâm của tháng 5."),
            H("V. XÉT ĐỀ NGHỊ KẾT NẠP ĐẢNG VIÊN"),
            P("Đồng chí chủ trì thông qua hồ sơ của quần chúng Thào Mí Sử, chiến sĩ Đội vũ trang, đã qua lớp bồi "
              "dưỡng nhận thức về Đảng, được chi đoàn giới thiệu. Chi bộ biểu quyết: 17/17 đảng viên chính thức "
              "có mặt tán thành đề nghị Đảng ủy Đồn xét kết nạp quần chúng Thào Mí Sử vào Đảng (đạt 100%)."),
            H("VI. ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG"),
            P("Chi bộ biểu quyết đề nghị Đảng ủy Đồn biểu dương đồng chí Lầu Văn Pó và đồng chí Nguyễn Hữu Thắng "
              "có thành tích trong vụ bắt giữ ngày 09/4/2011: 19/19 đồng chí giơ tay nhất trí."),
            P("Lúc 15 giờ 40 phút, đồng chí Lầu Văn Pó xin phép về trước để nhận ca tuần tra."),
            H("VII. KẾT LUẬN"),
            P("Thay mặt chi ủy, đồng chí Phó Bí thư chi bộ kết luận: chi bộ đã hoàn thành tốt nhiệm vụ tháng 4. "
              "Tháng 5, nhiệm vụ trọng tâm là bảo vệ an toàn cuộc bầu cử; tuyên truyền bằng tiếng Mông, có tranh "
              "cổ động như ý kiến đồng chí Lầu Văn Pó; chi ủy sẽ báo cáo Đảng ủy Đồn tạm dừng nghỉ phép từ ngày "
              "15/5 đến hết ngày bầu cử; bổ sung nhiệm vụ nắm danh sách lao động đang ở bên kia biên giới."),
            P("Chi bộ biểu quyết thông qua kết luận và phương hướng tháng 5: 18/18 đồng chí có mặt tán thành (đồng "
              "chí Lầu Văn Pó đã về nhận ca trước khi biểu quyết)."),
            H("VIII. PHÂN CÔNG"),
            P("1. Đồng chí Nguyễn Hữu Thắng và đồng chí Lù Seo Dìn tuyên truyền về bầu cử bằng tiếng Mông tại các "
              "thôn Sính Lủng, Lủng Phìn A, xong trước ngày 20/5/2011."),
            P("2. Đồng chí Chi ủy viên phụ trách tổ chức hoàn chỉnh hồ sơ đề nghị kết nạp quần chúng Thào Mí Sử, "
              "trình Đảng ủy Đồn ngay sau cuộc họp."),
            P("3. Đồng chí Giàng Seo Chử cùng trưởng thôn lập danh sách lao động đang làm thuê bên kia biên giới, "
              "báo cáo chi ủy trong tuần tới."),
            P("4. Tổ tuần tra số 2 duy trì tuần tra đoạn biên giới từ mốc 448 đến mốc 452, hằng ngày."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 10 phút cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe và "
              "được nhất trí thông qua."),
            S(["THƯ KÝ", "Lù Seo Dìn"], ["CHỦ TRÌ", "PHÓ BÍ THƯ", "Hoàng Văn Sính"]),
        ],
        "truth": minute(
            meeting("regular", "2011-04-26", "13:30", "16:10", "Hội trường Đồn Biên phòng Phó Bảng",
                    "CHI BỘ ĐỘI VŨ TRANG", "ĐẢNG ỦY ĐỒN BIÊN PHÒNG PHÓ BẢNG"),
            "Hoàng Văn Sính", "Phó Bí thư chi bộ", "Lù Seo Dìn",
            attendance(21, 19, 2, 2, 0, 0,
                       [("Đàm Quốc Việt", "đi học tại Học viện Biên phòng", True),
                        ("Vương Đình Khải", "nghỉ phép", True)],
                       [("Nông Thanh Bình", "Bí thư Đảng ủy, Chính trị viên Đồn")]),
            True,
            [vote("Đề nghị kết nạp quần chúng Thào Mí Sử", 17, pct=100),
             vote("Đề nghị biểu dương hai đảng viên", 19),
             vote("Kết luận và phương hướng tháng 5", 18)],
            [task("Nguyễn Hữu Thắng", "tuyên truyền về bầu cử bằng tiếng Mông tại các thôn Sính Lủng, Lủng Phìn "
                  "A", "20/5/2011"),
             task("Lù Seo Dìn", "tuyên truyền về bầu cử bằng tiếng Mông tại các thôn Sính Lủng, Lủng Phìn A",
                  "20/5/2011"),
             task("Chi ủy viên phụ trách tổ chức", "hoàn chỉnh hồ sơ đề nghị kết nạp quần chúng Thào Mí Sử, "
                  "trình Đảng ủy Đồn", "ngay sau cuộc họp"),
             task("Giàng Seo Chử", "cùng trưởng thôn lập danh sách lao động đang làm thuê bên kia biên giới, báo "
                  "cáo chi ủy", "tuần tới"),
             task("Tổ tuần tra số 2", "duy trì tuần tra đoạn biên giới từ mốc 448 đến mốc 452", "hằng ngày")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "p12-hagiang-border-deputy-concludes-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 1612, "dpi": 200}],
})


# =================================================================================================
# p04 — Thanh Hóa, Như Thanh: a village cell's printed form, October 2009. The commune's Phó Bí thư gives
# directions; the form's "Kết luận của chủ trì" is left as dots; the vote and the tasks are filled in.
# =================================================================================================
DOCS.append({
    "name": "p04-thanhhoa-form-guest-directs-conclusion-dotted", "folder": "dev",
    "style": {"family": "dejavu", "size": 11, "justify": False, "indent": 0, "spacing": 1.38, "para_gap": 1,
              "left": 70, "right": 58},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ XUÂN PHÚC", "CHI BỘ THÔN PHÚC TIẾN", "Số: ……/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Xuân Phúc, ngày 10 tháng 10 năm 2009"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("Tháng 10 năm 2009", bold=False),
            G(8),
            H("I. PHẦN MỞ ĐẦU"),
            L("1. Thời gian: bắt đầu 19 giờ 00 phút, ngày 10/10/2009; kết thúc: 21 giờ 00 phút."),
            L("2. Địa điểm: Nhà văn hóa thôn Phúc Tiến."),
            L("3. Chủ trì: đ/c Lê Văn Thìn. Chức vụ: Bí thư chi bộ."),
            L("4. Thư ký: đ/c Lê Thị Hoa."),
            L("5. Tổng số đảng viên: 17 đ/c. Miễn sinh hoạt: 01 đ/c. Có mặt: 15 đ/c. Vắng: 01 đ/c (có lý do: 01 "
              "đ/c; không lý do: 0 đ/c)."),
            L("Họ tên đảng viên vắng, lý do: đ/c Hà Văn Đức – đi làm ăn xa."),
            L("6. Đại biểu cấp trên về dự: đ/c Trịnh Xuân Hải, Phó Bí thư Đảng ủy xã."),
            H("II. NỘI DUNG SINH HOẠT"),
            L("1. Thông tin thời sự, văn bản mới:"),
            P("Ngày 16/4/2009, Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về nông thôn mới gồm 19 tiêu "
              "chí; huyện đang chọn xã điểm để triển khai. Cơn bão số 9 cuối tháng 9 gây thiệt hại nặng cho các "
              "tỉnh miền Trung, Mặt trận xã phát động ủng hộ. Dịch cúm A/H1N1 còn diễn biến phức tạp, các trường "
              "học được yêu cầu theo dõi học sinh sốt.", indent=22),
            L("2. Đánh giá kết quả thực hiện nhiệm vụ tháng 9:"),
            P("Thôn thu hoạch được khoảng 80% diện tích lúa mùa, năng suất ước đạt 52 tạ/ha; các cháu khai giảng "
              "năm học 2009 – 2010 đầy đủ, không có học sinh bỏ học; đóng góp ủng hộ đồng bào bị bão được "
              "2.150.000 đồng. Tồn tại: một số hộ còn thả rông trâu bò phá hoại hoa màu; kênh tưới đội 3 bị bồi "
              "lấp chưa được nạo vét.", indent=22),
            L("3. Phương hướng, nhiệm vụ tháng 10:"),
            P("Thu hoạch dứt điểm lúa mùa; gieo trồng 12 ha ngô đông trên chân ruộng hai lúa; đề phòng mưa lũ "
              "cuối mùa; tổ chức vui Tết Trung thu cho các cháu thiếu nhi; tuyên truyền Bộ tiêu chí nông thôn mới "
              "đến các hộ.", indent=22),
            L("4. Ý kiến thảo luận:"),
            P("- Đ/c Lê Văn Cường (Chi hội trưởng Nông dân): nhất trí; đề nghị xã hỗ trợ giống ngô lai cho các hộ "
              "nghèo thì mới đạt được 12 ha.", indent=22),
            P("- Đ/c Phạm Thị Lý: quỹ khuyến học năm học mới mới thu được khoảng một nửa, cần chi bộ nhắc nhở các "
              "hộ đảng viên nộp trước.", indent=22),
            P("- Đ/c Hoàng Văn Tư: kênh tưới đội 3 phải nạo vét ngay sau khi gặt, nếu không vụ chiêm xuân sẽ "
              "thiếu nước.", indent=22),
            L("5. Ý kiến của đại biểu cấp trên:"),
            P("Đ/c Trịnh Xuân Hải ghi nhận kết quả tháng 9 của chi bộ; đề nghị chi bộ chỉ đạo thu hoạch xong lúa "
              "mùa trước ngày 20/10, giao chỉ tiêu trồng ngô đông cho từng đội sản xuất và quan tâm tuyên truyền "
              "nông thôn mới đến từng hộ; xã sẽ xem xét hỗ trợ giống ngô cho hộ nghèo.", indent=22),
            L("6. Kết luận của chủ trì: ………………………………………………………………………"),
            L("…………………………………………………………………………………………………………"),
            L("7. Biểu quyết: Tán thành: 15/15 đ/c. Không tán thành: 0 đ/c. Ý kiến khác: 0 đ/c."),
            L("8. Phân công thực hiện:"),
            P("- Đ/c Lê Văn Cường hướng dẫn các hộ làm đất, trồng ngô đông trên chân ruộng hai lúa, phối hợp với "
              "Chi hội Nông dân, trong tháng 10.", indent=22),
            P("- Chi đoàn thanh niên thôn ra quân nạo vét kênh mương nội đồng, trong quý IV.", indent=22),
            P("- Đ/c Phạm Thị Lý thu quỹ khuyến học năm học 2009 – 2010, xong trước Tết Nguyên đán.", indent=22),
            L("Biên bản kết thúc lúc 21 giờ 00 phút, đã được thông qua, các đảng viên dự họp nhất trí."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Lê Thị Hoa"], ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "Lê Văn Thìn"]),
        ],
        "truth": minute(
            meeting("regular", "2009-10-10", "19:00", "21:00", "Nhà văn hóa thôn Phúc Tiến",
                    "CHI BỘ THÔN PHÚC TIẾN", "ĐẢNG BỘ XÃ XUÂN PHÚC"),
            "Lê Văn Thìn", "Bí thư chi bộ", "Lê Thị Hoa",
            attendance(17, 15, 1, 1, 0, 1, [("Hà Văn Đức", "đi làm ăn xa", True)],
                       [("Trịnh Xuân Hải", "Phó Bí thư Đảng ủy xã")]),
            False,
            [vote("Nhiệm vụ tháng 10/2009", 15, 0, 0)],
            [task("Lê Văn Cường", "hướng dẫn các hộ làm đất, trồng ngô đông trên chân ruộng hai lúa, phối hợp với "
                  "Chi hội Nông dân", "tháng 10"),
             task("Chi đoàn thanh niên thôn", "ra quân nạo vét kênh mương nội đồng", "quý IV"),
             task("Phạm Thị Lý", "thu quỹ khuyến học năm học 2009 – 2010", "Tết Nguyên đán")],
            ["missing_conclusion", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# p05 — Hà Tĩnh, Can Lộc: an emergency-ward cell of a district hospital, October 2020 (the historic
# floods). A numbered task list; the chair only thanks and closes; nothing is voted.
# =================================================================================================
DOCS.append({
    "name": "p05-hatinh-hospital-thanks-only-no-vote", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.3,
              "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA HUYỆN CAN LỘC", "CHI BỘ KHOA HỒI SỨC CẤP CỨU"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Can Lộc, ngày 29 tháng 10 năm 2020"]),
            G(8),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THÁNG 10/2020"),
            G(10),
            L("Thời gian: bắt đầu 16 giờ 30 phút ngày 29/10/2020."),
            L("Địa điểm: Phòng giao ban Khoa Hồi sức cấp cứu."),
            L("Chủ trì: BSCKI. Trần Đăng Khoa – Bí thư chi bộ, Trưởng khoa."),
            L("Thư ký: ĐD. Nguyễn Thị Kiều Oanh – Chi ủy viên."),
            L("Thành phần: 11/12 đảng viên có mặt; vắng 01: đ/c Phan Văn Hiếu (đi cùng đội cấp cứu lưu động hỗ "
              "trợ vùng lũ)."),
            L("Dự sinh hoạt: đ/c Lê Thị Minh Nguyệt – Phó Bí thư Đảng ủy, Phó Giám đốc Bệnh viện."),
            H("I. THÔNG TIN"),
            P("Từ ngày 10 đến ngày 20/10/2020, mưa lũ lịch sử gây ngập sâu nhiều xã trong huyện; bão số 9 vừa đổ "
              "bộ vào các tỉnh Trung Trung Bộ. Cả nước đã gần hai tháng không ghi nhận ca mắc Covid-19 trong cộng "
              "đồng nhưng nguy cơ dịch quay trở lại còn cao, Bộ Y tế tiếp tục yêu cầu thực hiện thông điệp 5K. "
              "Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2020 – 2025 đã thành công tốt đẹp."),
            H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10"),
            P("Khoa tiếp nhận 163 lượt người bệnh, cấp cứu thành công 21 ca nặng, chuyển tuyến 14 ca. Trong những "
              "ngày lũ, khoa duy trì trực 24/24 giờ; 02 đồng chí điều dưỡng bị ngập nhà vẫn bám ca trực. Hạn chế: "
              "thiếu bình oxy dự phòng khi đường lên tuyến tỉnh bị chia cắt; hồ sơ bệnh án của người bệnh ra viện "
              "có lúc hoàn thiện chậm, phòng Kế hoạch tổng hợp đã nhắc hai lần."),
            H("III. NHIỆM VỤ THÁNG 11/2020"),
            P("Chuẩn bị cơ số thuốc, vật tư cho đợt mưa lũ cuối mùa; duy trì sàng lọc, phân luồng người bệnh; "
              "hoàn thiện hồ sơ bệnh án trong 24 giờ sau khi người bệnh ra viện; thăm hỏi, hỗ trợ đồng nghiệp bị "
              "thiệt hại do lũ."),
            H("IV. THẢO LUẬN"),
            P("Đ/c Võ Thị Thu Hà: những ngày lũ, khoa nhận nhiều người bệnh tiêu chảy, viêm da; đề nghị chuẩn bị "
              "riêng một tủ thuốc cho đội cấp cứu lưu động để không lấy thuốc của khoa."),
            P("Đ/c Hồ Quang Vinh: nhân viên mới chưa thuần thục quy trình phân luồng, có hôm người bệnh sốt ngồi "
              "chung hành lang với người bệnh khác; cần tập huấn lại."),
            P("Đ/c Nguyễn Thị Kiều Oanh: hai gia đình đồng nghiệp bị ngập nhà mất nhiều tài sản, công đoàn khoa "
              "mới hỗ trợ được một phần, đề nghị chi bộ vận động thêm."),
            P("Đ/c Lê Thị Minh Nguyệt: biểu dương tinh thần của khoa trong đợt lũ; Ban Giám đốc sẵn sàng hỗ trợ "
              "khoa thêm 01 máy thở xách tay và 10 bình oxy, có thể điều động điều dưỡng khoa Nội sang khi khoa "
              "quá tải."),
            H("V. PHÂN CÔNG NHIỆM VỤ THÁNG 11"),
            P("1. Điều dưỡng trưởng khoa rà soát cơ số thuốc, vật tư cấp cứu mùa mưa lũ, bổ sung trước ngày "
              "05/11/2020."),
            P("2. Đ/c Võ Thị Thu Hà và đ/c Hồ Quang Vinh tập huấn lại quy trình sàng lọc, phân luồng người bệnh "
              "cho nhân viên khoa, hằng tháng."),
            P("3. Đ/c Nguyễn Thị Kiều Oanh theo dõi, vận động ủng hộ đồng nghiệp bị thiệt hại do lũ, đến hết năm "
              "2020."),
            P("Đồng chí chủ trì cảm ơn đồng chí Phó Giám đốc và các đồng chí đảng viên đã đóng góp nhiều ý kiến "
              "tâm huyết, chúc các đồng chí sức khỏe và tuyên bố kết thúc buổi sinh hoạt lúc 18 giờ 15 phút."),
            P("Biên bản đã được đọc lại trước chi bộ, các đồng chí có mặt nhất trí thông qua."),
            S(["THƯ KÝ", "Nguyễn Thị Kiều Oanh"], ["BÍ THƯ", "Trần Đăng Khoa"]),
        ],
        "truth": minute(
            meeting("regular", "2020-10-29", "16:30", "18:15", "Phòng giao ban Khoa Hồi sức cấp cứu",
                    "CHI BỘ KHOA HỒI SỨC CẤP CỨU", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA HUYỆN CAN LỘC"),
            "Trần Đăng Khoa", "Bí thư chi bộ", "Nguyễn Thị Kiều Oanh",
            attendance(12, 11, 1, 1, 0, 0,
                       [("Phan Văn Hiếu", "đi cùng đội cấp cứu lưu động hỗ trợ vùng lũ", True)],
                       [("Lê Thị Minh Nguyệt", "Phó Bí thư Đảng ủy, Phó Giám đốc Bệnh viện")]),
            False,
            [],
            [task("Điều dưỡng trưởng khoa", "rà soát cơ số thuốc, vật tư cấp cứu mùa mưa lũ, bổ sung",
                  "05/11/2020"),
             task("Võ Thị Thu Hà", "tập huấn lại quy trình sàng lọc, phân luồng người bệnh cho nhân viên khoa",
                  "hằng tháng"),
             task("Hồ Quang Vinh", "tập huấn lại quy trình sàng lọc, phân luồng người bệnh cho nhân viên khoa",
                  "hằng tháng"),
             task("Nguyễn Thị Kiều Oanh", "theo dõi, vận động ủng hộ đồng nghiệp bị thiệt hại do lũ",
                  "hết năm 2020")],
            ["missing_conclusion", "missing_vote"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# p06 — Thái Nguyên, Sông Công: a steel-rolling workshop, September 2025. "Chi bộ thống nhất" under its own
# heading after the chair takes in the opinions; the vote in words; NO assignment: last month's task reported
# done, the union's offer of help, general calls, "Chi ủy sẽ họp và phân công cụ thể sau".
# =================================================================================================
DOCS.append({
    "name": "p06-thainguyen-steel-thongnhat-words-vote-no-tasks", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 26, "spacing": 1.4,
              "left": 76, "right": 56, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CỔ PHẦN", "LUYỆN CÁN THÉP SÔNG CÔNG", "CHI BỘ PHÂN XƯỞNG CÁN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sông Công, ngày 16 tháng 9 năm 2025"], bold_left=(2,)),
            G(8),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 9 NĂM 2025", size=13),
            G(8),
            P("Hôm nay, vào lúc 14 giờ 00 phút ngày 16/9/2025, tại Phòng họp giao ca Phân xưởng Cán, Chi bộ Phân "
              "xưởng Cán tổ chức sinh hoạt thường kỳ tháng 9/2025."),
            P("Chủ trì: đồng chí Ma Văn Quyết, Bí thư chi bộ, Quản đốc phân xưởng. Thư ký: đồng chí Triệu Thị "
              "Thơm, Chi ủy viên, Nhân viên thống kê."),
            P("Tổng số đảng viên trong chi bộ: 18 đồng chí; có mặt: 17 đồng chí; vắng: 01 đồng chí (đồng chí "
              "Dương Văn Toàn trực ca 2 tại dây chuyền cán số 1)."),
            P("Mời dự: đồng chí Lý Thị Hạnh, Phó Chủ tịch Công đoàn Công ty."),
            H("1. Thông tin thời sự"),
            P("Đồng chí Bí thư thông tin: cả nước vừa tổ chức trọng thể Lễ kỷ niệm 80 năm Cách mạng tháng Tám "
              "và Quốc khánh 2/9, với cuộc diễu binh, diễu hành tại Quảng trường Ba Đình; chính quyền địa phương "
              "hai cấp đã vận hành từ ngày 01/7/2025, tỉnh Thái Nguyên mới được hợp nhất từ hai tỉnh Thái Nguyên "
              "và Bắc Kạn. Đảng bộ Công ty tiếp tục quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá "
              "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia."),
            H("2. Kết quả thực hiện nhiệm vụ tháng 8/2025"),
            P("Phân xưởng cán được 21.460 tấn thép thanh, đạt 103% kế hoạch; tỷ lệ phôi hỏng giảm còn 0,8%. Đồng "
              "chí Hoàng Văn Lực đã hoàn thành việc thay thế hệ thống làm mát con lăn lò nung theo phân công tại "
              "kỳ họp tháng 8. Hạn chế: ngày 22/8 xảy ra 01 vụ tai nạn lao động nhẹ tại khu vực sàn nguội do công "
              "nhân không đeo găng chịu nhiệt; việc ghi sổ giao ca ở ca 3 còn sơ sài."),
            H("3. Phương hướng, nhiệm vụ tháng 9/2025"),
            P("Giữ vững sản lượng trên 20.000 tấn; không để xảy ra tai nạn lao động; chuẩn bị tháng cao điểm bảo "
              "dưỡng thiết bị quý IV; tham gia hội thao an toàn, vệ sinh lao động do Công ty tổ chức."),
            H("4. Thảo luận"),
            P("Đồng chí Hoàng Văn Lực: nhất trí báo cáo. Sau khi thay hệ thống làm mát, con lăn chạy ổn định, nhưng "
              "phụ tùng dự phòng trong kho chỉ còn đủ cho một lần thay, cần đề nghị Công ty mua sớm."),
            P("Đồng chí Nông Thị Duyên: vụ tai nạn ngày 22/8 có phần do tổ trưởng không kiểm tra bảo hộ đầu ca; đề "
              "nghị đưa việc kiểm tra bảo hộ vào sổ giao ca và ký xác nhận."),
            P("Đồng chí Đào Quang Huy: công nhân trẻ muốn được học vận hành hệ thống điều khiển tự động mới, đề "
              "nghị phân xưởng có kế hoạch kèm cặp."),
            P("Đồng chí Lý Thị Hạnh: Công đoàn Công ty sẵn sàng hỗ trợ kinh phí để phân xưởng tổ chức vòng loại hội "
              "thao an toàn, vệ sinh lao động và tặng quà cho công nhân có sáng kiến."),
            H("5. Thống nhất"),
            P("Sau khi nghe các ý kiến, đồng chí chủ trì tiếp thu, giải trình và chi bộ thống nhất:"),
            P("- Tháng 9 tập trung giữ sản lượng, coi an toàn lao động là nhiệm vụ hàng đầu; kiểm tra bảo hộ đầu "
              "ca được ghi vào sổ giao ca, tổ trưởng ký xác nhận."),
            P("- Báo cáo Giám đốc Công ty bổ sung phụ tùng dự phòng cho hệ thống làm mát con lăn."),
            P("- Có chương trình kèm cặp vận hành hệ thống điều khiển tự động cho công nhân trẻ."),
            P("Chi bộ biểu quyết: mười bảy trên mười bảy đồng chí có mặt nhất trí hoàn toàn."),
            H("6. Phân công thực hiện"),
            P("Chi ủy sẽ họp và phân công cụ thể sau kỳ họp này. Đề nghị mỗi đảng viên gương mẫu chấp hành nội quy "
              "an toàn lao động, nhắc nhở công nhân trong tổ mình. Toàn thể đảng viên thực hiện tốt việc học tập, "
              "quán triệt Nghị quyết Đại hội Đảng bộ Công ty."),
            P("Cuộc họp kết thúc lúc 16 giờ 05 phút cùng ngày. Biên bản đã được đọc lại và được chi bộ thông qua."),
            S(["THƯ KÝ", "Triệu Thị Thơm"], ["T/M CHI ỦY", "BÍ THƯ", "Ma Văn Quyết"]),
        ],
        "truth": minute(
            meeting("regular", "2025-09-16", "14:00", "16:05", "Phòng họp giao ca Phân xưởng Cán",
                    "CHI BỘ PHÂN XƯỞNG CÁN", "ĐẢNG BỘ CÔNG TY CỔ PHẦN LUYỆN CÁN THÉP SÔNG CÔNG"),
            "Ma Văn Quyết", "Bí thư chi bộ", "Triệu Thị Thơm",
            attendance(18, 17, 1, 1, 0, 0,
                       [("Dương Văn Toàn", "trực ca 2 tại dây chuyền cán số 1", True)],
                       [("Lý Thị Hạnh", "Phó Chủ tịch Công đoàn Công ty")]),
            True,
            [vote("Nội dung chi bộ thống nhất tháng 9/2025", 17)],
            [],
            ["missing_assignments"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# p07 — Hòa Bình, Tân Lạc: the minute book of a Mường hamlet cell, January–June 2015 (five minutes, no
# April). Every minute after the first is typed on right under the previous signatures, with a title and
# no header of its own. One member absent without reason in January, March and June.
# =================================================================================================
_P07 = ("CHI BỘ XÓM BÁI", "ĐẢNG BỘ XÃ PHONG PHÚ")
DOCS.append({
    "name": "p07-hoabinh-muong-book-jan-jun-2015", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.3,
              "head": "Sổ biên bản Chi bộ xóm Bái – năm 2015", "foot": "- {n} -"},
    "between": 30,
    "flags": ["missing_month", "repeated_absence"],
    "minutes": [
        # ---------------------------------------------------------------- January
        {"blocks": [
            HD(["ĐẢNG BỘ XÃ PHONG PHÚ", "CHI BỘ XÓM BÁI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phong Phú, ngày 08 tháng 01 năm 2015"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01 NĂM 2015", size=13),
            G(6),
            P("Hôm nay, ngày 08/01/2015, vào lúc 19 giờ 00, tại Nhà văn hóa xóm Bái, Chi bộ xóm Bái họp thường kỳ "
              "tháng 01/2015."),
            P("Chủ trì: đồng chí Bùi Văn Khương, Bí thư chi bộ. Thư ký: đồng chí Đinh Thị Nhung, Chi ủy viên."),
            P("Đảng viên: tổng số 15, miễn sinh hoạt 01 (đồng chí Quách Văn Chiển), phải dự 14; có mặt 13; vắng "
              "01: đồng chí Xa Văn Thuận (không lý do)."),
            P("1. Đồng chí Bí thư thông tin: năm 2015 là năm tổ chức đại hội đảng bộ các cấp, tiến tới Đại hội "
              "toàn quốc lần thứ XII của Đảng; miền núi phía Bắc đang có đợt rét đậm, rét hại, huyện yêu cầu các "
              "xã hướng dẫn nhân dân chống rét cho trâu, bò."),
            P("2. Kết quả tháng 12/2014: các hộ đã thu hoạch khoảng 60% diện tích mía tím, giá bán cao hơn năm "
              "trước; thu quỹ an ninh quốc phòng đạt 100%; xóm không có vụ việc mất trật tự. Hạn chế: còn 04 hộ "
              "thả rông trâu, bò; đường nội đồng xứ Đồng Bưng chưa được phát dọn."),
            P("3. Nhiệm vụ tháng 01/2015: chống rét cho gia súc; chuẩn bị giống, làm đất vụ xuân; vận động nhân "
              "dân đón Tết vui tươi, an toàn, không đốt pháo."),
            P("Thảo luận: đồng chí Bùi Văn Lịch đề nghị xóm họp dân phổ biến việc không thả rông trâu, bò vì năm "
              "ngoái rét làm chết 07 con; đồng chí Bạch Thị Mai cho biết đồng chí Xa Văn Thuận đã hai kỳ không "
              "dự họp, đề nghị chi bộ cử người đến gặp."),
            P("Kết luận: đồng chí Bùi Văn Khương kết luận, chi bộ thống nhất các nhiệm vụ tháng 01; trọng tâm là "
              "chống rét cho trâu, bò và chuẩn bị vụ xuân; việc vắng họp của đồng chí Xa Văn Thuận phải được làm "
              "rõ trước kỳ họp sau."),
            P("Biểu quyết: 13/13 đồng chí có mặt tán thành."),
            P("Phân công:"),
            P("- Đồng chí Bùi Văn Lịch đôn đốc các hộ che chắn chuồng trại, giữ ấm cho trâu, bò."),
            P("- Đồng chí Bạch Thị Mai và đồng chí Quách Thị Hiền gặp đồng chí Xa Văn Thuận tìm hiểu lý do vắng "
              "họp, báo cáo chi bộ tại kỳ họp tháng 2."),
            P("Cuộc họp kết thúc lúc 21 giờ 00 phút. Biên bản đã được đọc lại và thông qua."),
            S(["THƯ KÝ", "Đinh Thị Nhung"], ["BÍ THƯ", "Bùi Văn Khương"]),
         ],
         "truth": minute(
            meeting("regular", "2015-01-08", "19:00", "21:00", "Nhà văn hóa xóm Bái", *_P07),
            "Bùi Văn Khương", "Bí thư chi bộ", "Đinh Thị Nhung",
            attendance(15, 13, 1, 0, 1, 1, [("Xa Văn Thuận", "không lý do", False)]),
            True,
            [vote("Nhiệm vụ tháng 01/2015", 13)],
            [task("Bùi Văn Lịch", "đôn đốc các hộ che chắn chuồng trại, giữ ấm cho trâu, bò", None),
             task("Bạch Thị Mai", "gặp đồng chí Xa Văn Thuận tìm hiểu lý do vắng họp, báo cáo chi bộ",
                  "kỳ họp tháng 2"),
             task("Quách Thị Hiền", "gặp đồng chí Xa Văn Thuận tìm hiểu lý do vắng họp, báo cáo chi bộ",
                  "kỳ họp tháng 2")],
            ["unexcused_absence"])},
        # ---------------------------------------------------------------- February
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02 NĂM 2015", size=13),
            G(6),
            P("Vào lúc 19 giờ 30 phút ngày 05/02/2015, tại Nhà văn hóa xóm Bái, chi bộ họp thường kỳ tháng 02. "
              "Đồng chí Bùi Văn Khương, Bí thư chi bộ, chủ trì; đồng chí Đinh Thị Nhung ghi biên bản. Có mặt 14/14 "
              "đảng viên phải dự (đồng chí Quách Văn Chiển miễn sinh hoạt)."),
            P("1. Thông tin: toàn Đảng, toàn dân kỷ niệm 85 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 "
              "– 03/02/2015); Tết Nguyên đán Ất Mùi năm nay vào ngày 19/02/2015."),
            P("2. Đồng chí Bạch Thị Mai báo cáo việc được phân công tại kỳ họp tháng 01: đã cùng đồng chí Quách "
              "Thị Hiền đến gặp đồng chí Xa Văn Thuận; đồng chí Thuận đi làm thuê ở xã bên, về muộn nên không dự "
              "họp, hứa từ nay sinh hoạt đầy đủ. Đồng chí Thuận có mặt và nhận khuyết điểm trước chi bộ."),
            P("3. Nhiệm vụ tháng 02: tổ chức cho nhân dân đón Tết an toàn, tiết kiệm; thăm hỏi hộ nghèo, gia "
              "đình chính sách; ra quân làm đất, gieo mạ vụ xuân ngay sau Tết."),
            P("Ý kiến: đồng chí Đinh Văn Tường đề nghị năm nay xóm không tổ chức đánh bài ăn tiền ở nhà văn hóa "
              "dịp Tết; đồng chí Xa Thị Liên đề nghị chi hội phụ nữ lo quà cho các cụ cao tuổi."),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất các nhiệm vụ tháng 02 đã nêu; nhà văn hóa xóm chỉ dùng "
              "cho văn nghệ, thể thao dịp Tết. Giao đồng chí Bùi Văn Lịch cùng Chi đoàn thanh niên dọn vệ sinh "
              "đường làng, cắm cờ Tổ quốc, xong trước ngày 15/02. Giao Chi hội Phụ nữ xóm thăm hỏi, tặng quà 06 hộ "
              "nghèo và các cụ cao tuổi trong dịp Tết."),
            P("Chi bộ biểu quyết thông qua: 14/14 đồng chí tán thành, đạt 100%."),
            P("Buổi họp kết thúc lúc 20 giờ 45 phút. Biên bản đã được thông qua trước chi bộ."),
            S(["THƯ KÝ", "Đinh Thị Nhung"], ["BÍ THƯ", "Bùi Văn Khương"]),
         ],
         "truth": minute(
            meeting("regular", "2015-02-05", "19:30", "20:45", "Nhà văn hóa xóm Bái", *_P07),
            "Bùi Văn Khương", "Bí thư chi bộ", "Đinh Thị Nhung",
            attendance(15, 14, 0, 0, 0, 1),
            True,
            [vote("Nhiệm vụ tháng 02/2015", 14, pct=100)],
            [task("Bùi Văn Lịch", "cùng Chi đoàn thanh niên dọn vệ sinh đường làng, cắm cờ Tổ quốc", "15/02"),
             task("Chi hội Phụ nữ xóm", "thăm hỏi, tặng quà 06 hộ nghèo và các cụ cao tuổi", "dịp Tết")],
            ["short_meeting"])},
        # ---------------------------------------------------------------- March (with the Q1 thematic)
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3 NĂM 2015", size=13),
            C("(kết hợp sinh hoạt chuyên đề quý I)", bold=False, italic=True),
            C("Chuyên đề: Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về thực hành tiết kiệm, chống lãng "
              "phí", bold=False),
            G(6),
            P("Thời gian: từ 19 giờ 00 phút đến 21 giờ 15 phút ngày 10/3/2015. Địa điểm: Nhà văn hóa xóm Bái. "
              "Chủ trì: đồng chí Bùi Văn Khương, Bí thư chi bộ. Thư ký: đồng chí Đinh Thị Nhung."),
            P("Có mặt 13/14 đảng viên phải dự; vắng: đồng chí Xa Văn Thuận (không lý do)."),
            P("Phần thứ nhất – sinh hoạt thường kỳ. Đồng chí Bí thư báo cáo: tháng 02 nhân dân đón Tết an toàn, "
              "không có vụ việc mất trật tự; đã gieo cấy xong 100% diện tích lúa xuân; tặng 06 suất quà cho hộ "
              "nghèo. Tháng 3 tập trung chăm sóc lúa, trồng mới 4 ha keo và mía, làm vệ sinh môi trường."),
            P("Phần thứ hai – chuyên đề. Đồng chí Bùi Văn Lịch, Phó Bí thư chi bộ, trình bày chuyên đề, nêu những "
              "việc làm tiết kiệm của Bác Hồ và liên hệ ở xóm: việc cưới, việc tang còn tổ chức kéo dài nhiều ngày, "
              "mổ nhiều lợn, gây tốn kém cho các hộ. Năm 2014 có hộ phải vay tiền để làm đám tang kéo dài bốn "
              "ngày; có đám cưới mổ năm con lợn, mời cả khách ở các xã khác. Đồng chí đề nghị đảng viên đi đầu "
              "thực hiện việc cưới đón dâu trong ngày, việc tang không để quá hai ngày, không ăn uống linh đình, và "
              "mỗi hộ đảng viên dành ra một khoản tiết kiệm để gửi quỹ khuyến học của xóm."),
            P("Các đảng viên dự họp nhất trí với báo cáo và nội dung chuyên đề, không có ý kiến bổ sung."),
            P("Cuối buổi, đồng chí Bùi Văn Khương kết luận: chi bộ thống nhất các nhiệm vụ tháng 3; mỗi đảng viên "
              "đăng ký một việc làm cụ thể về tiết kiệm, gương mẫu tổ chức việc cưới, việc tang gọn nhẹ. Giao đồng "
              "chí Đinh Công Mạnh hướng dẫn các hộ bón thúc, làm cỏ lúa xuân đúng thời vụ, xong trước ngày 25/3. "
              "Đồng chí Bùi Văn Lịch chịu trách nhiệm đưa việc cưới, việc tang tiết kiệm vào hương ước của xóm, "
              "trình hội nghị nhân dân trong quý II. Các bản đăng ký của đảng viên sẽ được chi ủy tổng hợp, công "
              "khai tại kỳ họp tháng 4."),
            P("Biểu quyết: nhất trí 13/13."),
            P("Cuộc họp kết thúc lúc 21 giờ 15 phút. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "Đinh Thị Nhung"], ["BÍ THƯ", "Bùi Văn Khương"]),
         ],
         "truth": minute(
            meeting("regular", "2015-03-10", "19:00", "21:15", "Nhà văn hóa xóm Bái", *_P07,
                    topic="Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về thực hành tiết kiệm, chống lãng "
                          "phí"),
            "Bùi Văn Khương", "Bí thư chi bộ", "Đinh Thị Nhung",
            attendance(14, 13, 1, 0, 1, 0, [("Xa Văn Thuận", "không lý do", False)]),
            True,
            [vote("Nhiệm vụ tháng 3 và chuyên đề quý I", 13)],
            [task("Đinh Công Mạnh", "hướng dẫn các hộ bón thúc, làm cỏ lúa xuân đúng thời vụ", "25/3"),
             task("Bùi Văn Lịch", "đưa việc cưới, việc tang tiết kiệm vào hương ước của xóm, trình hội nghị nhân "
                  "dân", "quý II")],
            ["no_discussion", "unexcused_absence"])},
        # ---------------------------------------------------------------- May (no April meeting)
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5 NĂM 2015", size=13),
            G(6),
            P("Hôm nay, ngày 07/5/2015, hồi 19 giờ 00, tại Nhà văn hóa xóm Bái, chi bộ họp thường kỳ tháng 5. "
              "Tháng 4/2015 chi bộ không sinh hoạt được do các đồng chí chi ủy tham gia phục vụ Đại hội Đảng bộ xã "
              "nhiệm kỳ 2015 – 2020."),
            P("Chủ trì: đồng chí Bùi Văn Khương, Bí thư chi bộ. Thư ký: đồng chí Đinh Thị Nhung. Có mặt 13/14 "
              "đảng viên phải dự; vắng 01: đồng chí Đinh Văn Tường (đi viện)."),
            P("1. Đồng chí Bí thư thông báo kết quả Đại hội Đảng bộ xã Phong Phú nhiệm kỳ 2015 – 2020; kỷ niệm 40 "
              "năm Ngày giải phóng miền Nam, thống nhất đất nước và chuẩn bị kỷ niệm 125 năm Ngày sinh Chủ tịch Hồ "
              "Chí Minh (19/5/1890 – 19/5/2015)."),
            P("2. Lúa xuân đang thì làm đòng, có sâu cuốn lá ở xứ Đồng Bưng; 4 ha keo, mía trồng mới phát triển "
              "tốt. Tháng 5 tập trung phòng trừ sâu bệnh, chuẩn bị thu hoạch lúa xuân, ngăn đuối nước trẻ em khi "
              "vào hè."),
            P("Ý kiến: đồng chí Hà Văn Kiên đề nghị các hộ phun thuốc cùng một đợt để sâu không chạy sang ruộng "
              "bên cạnh; đồng chí Bùi Thị Nga đề nghị xóm nhắc các gia đình trông trẻ, không cho tắm sông một mình."),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất các nhiệm vụ tháng 5 như báo cáo, phun thuốc theo đợt "
              "do xóm thông báo. Đồng chí Hà Văn Kiên chịu trách nhiệm theo dõi sâu bệnh trên lúa xuân, báo cho các "
              "hộ phun thuốc kịp thời. Giao Chi đoàn thanh niên xóm tổ chức giải bóng chuyền chào mừng 125 năm Ngày "
              "sinh Chủ tịch Hồ Chí Minh, xong trước ngày 19/5."),
            P("Cuộc họp kết thúc lúc 20 giờ 50 phút."),
            S(["THƯ KÝ", "Đinh Thị Nhung"], ["BÍ THƯ", "Bùi Văn Khương"]),
         ],
         "truth": minute(
            meeting("regular", "2015-05-07", "19:00", "20:50", "Nhà văn hóa xóm Bái", *_P07),
            "Bùi Văn Khương", "Bí thư chi bộ", "Đinh Thị Nhung",
            attendance(14, 13, 1, 1, 0, 0, [("Đinh Văn Tường", "đi viện", True)]),
            True,
            [],
            [task("Hà Văn Kiên", "theo dõi sâu bệnh trên lúa xuân, báo cho các hộ phun thuốc kịp thời", None),
             task("Chi đoàn thanh niên xóm", "tổ chức giải bóng chuyền chào mừng 125 năm Ngày sinh Chủ tịch Hồ "
                  "Chí Minh", "19/5")],
            ["missing_vote", "not_approved"])},
        # ---------------------------------------------------------------- June (with the Q2 thematic)
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2015 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ", size=13),
            C("Chuyên đề: Trách nhiệm nêu gương của đảng viên ở khu dân cư", bold=False),
            G(6),
            P("Thời gian: 19 giờ 00 phút ngày 11/6/2015. Địa điểm: Nhà văn hóa xóm Bái. Chủ trì: đồng chí Bùi Văn "
              "Khương, Bí thư chi bộ. Thư ký: đồng chí Đinh Thị Nhung."),
            P("Đảng viên phải dự: 14; có mặt: 12; vắng: 02 – đồng chí Bùi Văn Đoàn đi làm ăn ở Hà Nội, có báo chi "
              "ủy; đồng chí Xa Văn Thuận vắng không lý do (lần thứ ba trong năm)."),
            P("1. Đánh giá tháng 5: thu hoạch xong lúa xuân, năng suất khoảng 55 tạ/ha; giải bóng chuyền chào mừng "
              "ngày sinh Bác có 6 đội tham gia; tháng 6 làm đất, gieo mạ vụ mùa, phát dọn đường nội đồng."),
            P("2. Chuyên đề do đồng chí Bùi Văn Khương trình bày: đảng viên ở xóm phải đi đầu trong hiến đất làm "
              "đường, giữ vệ sinh, thực hiện hương ước; đảng viên nói phải đi đôi với làm."),
            P("Thảo luận: đồng chí Quách Thị Hiền đề nghị chi bộ công khai danh sách đảng viên đã hiến đất làm "
              "đường để nhân dân cùng theo dõi. Đồng chí Nguyễn Văn Hòa cho rằng đảng viên là giáo viên phải vận "
              "động học sinh không bỏ học đi làm thuê trong hè."),
            P("Kết luận: đồng chí Bí thư kết luận, chi bộ thống nhất nội dung chuyên đề và nhiệm vụ tháng 6; trọng "
              "tâm là gieo cấy vụ mùa đúng lịch và công khai danh sách đảng viên đã hiến đất làm đường như ý kiến "
              "đồng chí Quách Thị Hiền; chi bộ sẽ xem xét trường hợp của đồng chí Xa Văn Thuận tại kỳ họp tháng 7 "
              "theo Điều lệ Đảng. Đề nghị "
              "các đồng chí đảng viên gương mẫu thực hiện những điều đã đăng ký."),
            P("Biểu quyết: 12/12 đồng chí có mặt tán thành (100%)."),
            P("Phân công:"),
            P("Cuộc họp kết thúc lúc 21 giờ 05 phút. Biên bản đã được đọc lại và được chi bộ thông qua."),
            S(["THƯ KÝ", "Đinh Thị Nhung"], ["BÍ THƯ", "Bùi Văn Khương"]),
         ],
         "truth": minute(
            meeting("regular", "2015-06-11", "19:00", "21:05", "Nhà văn hóa xóm Bái", *_P07,
                    topic="Trách nhiệm nêu gương của đảng viên ở khu dân cư"),
            "Bùi Văn Khương", "Bí thư chi bộ", "Đinh Thị Nhung",
            attendance(14, 12, 2, 1, 1, 0,
                       [("Bùi Văn Đoàn", "đi làm ăn ở Hà Nội, có báo chi ủy", True),
                        ("Xa Văn Thuận", "không lý do", False)]),
            True,
            [vote("Chuyên đề và nhiệm vụ tháng 6/2015", 12, pct=100)],
            [],
            ["low_attendance", "missing_assignments", "unexcused_absence"])},
    ],
    "scans": [],
})


# =================================================================================================
# p08 — Nam Định, Giao Thủy: an agricultural service cooperative, July 2018. An absentee table (an empty
# reason cell); the Bí thư's conclusion in four numbered points, running over the page break, with the
# tasks inside its sentences (two bodies in one sentence, a deadline at a later meeting).
# =================================================================================================
DOCS.append({
    "name": "p08-namdinh-coop-absentee-table-conclusion-over-page-low", "folder": "dev",
    "style": {"family": "dvsans", "size": 11, "justify": False, "indent": 24, "spacing": 1.25,
              "left": 74, "right": 58, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ GIAO THỊNH", "CHI BỘ HTX DỊCH VỤ NÔNG NGHIỆP", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Giao Thịnh, ngày 12 tháng 7 năm 2018"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ", size=13),
            C("Tháng 7 năm 2018", bold=False, italic=True),
            G(8),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: từ 8 giờ 00 phút đến 10 giờ 20 phút ngày 12/7/2018."),
            L("2. Địa điểm: Hội trường Hợp tác xã."),
            L("3. Chủ trì: đồng chí Trần Văn Thái – Bí thư chi bộ, Giám đốc HTX."),
            L("4. Thư ký: đồng chí Vũ Thị Lan Anh – Kế toán HTX."),
            L("5. Tổng số đảng viên: 24 đồng chí; miễn sinh hoạt: 02 đồng chí; đảng viên phải dự: 22 đồng chí. Có "
              "mặt: 18/22 đồng chí, đạt 81,8%. Vắng: 04 đồng chí, cụ thể:"),
            TB([(0.10, "STT", "c"), (0.45, "Họ và tên", "l"), (0.45, "Lý do vắng", "l")],
               [["1", "Phạm Văn Tùng", "Đi ăn cưới ở Hải Hậu"],
                ["2", "Mai Thị Huệ", "Ốm, điều trị tại Bệnh viện huyện"],
                ["3", "Trần Văn Quế", "Không lý do"],
                ["4", "Đoàn Văn Phú", ""]], size=10.5),
            H("II. NỘI DUNG"),
            L("1. Thông tin thời sự"),
            P("Ngày 12/6/2018, Quốc hội thông qua Luật An ninh mạng; Quốc hội lùi việc thông qua dự án Luật Đơn "
              "vị hành chính – kinh tế đặc biệt để tiếp tục nghiên cứu. Đảng ủy xã yêu cầu đảng viên không nghe, "
              "không tin, không chia sẻ thông tin xấu độc, không tham gia tụ tập đông người. Cơn bão số 2 đầu tháng "
              "7 gây mưa lớn, một số cánh đồng trũng của xã bị ngập."),
            L("2. Kết quả tháng 6/2018"),
            P("Vụ xuân thắng lợi, năng suất bình quân 68 tạ/ha; HTX cung ứng 42 tấn phân bón, làm đất bằng máy "
              "cho 160 ha; thu sản phẩm dịch vụ đạt 91% kế hoạch. Hạn chế: việc bơm tiêu sau bão còn chậm ở xứ "
              "Đồng Giữa; công nợ phân bón vụ xuân với các xóm chưa được đối chiếu; chi bộ có 02 đảng viên vắng "
              "sinh hoạt không có lý do."),
            L("3. Nhiệm vụ tháng 7/2018"),
            P("Tiêu úng, làm đất, gieo cấy xong 215 ha lúa mùa trong khung thời vụ; cung ứng giống, phân bón, "
              "thuốc bảo vệ thực vật đúng giá; thu nợ đọng sản phẩm; chuẩn bị phương án phòng, chống bão từ tháng "
              "8."),
            L("4. Thảo luận"),
            P("Đồng chí Nguyễn Văn Đông (Phó Giám đốc HTX): trạm bơm Đồng Giữa có một máy hỏng, nếu không sửa "
              "ngay sẽ không kịp cấy; đề nghị dùng quỹ dự phòng để thuê sửa."),
            P("Đồng chí Phạm Thị Gái: nhiều hộ có con đi làm công ty, muốn giao ruộng cho HTX cấy hộ; đề nghị HTX "
              "có dịch vụ cấy máy trọn gói."),
            P("Đồng chí Đỗ Mạnh Hùng (Phó Bí thư chi bộ): hai đồng chí vắng không lý do là lần thứ hai trong năm, "
              "chi ủy cần gặp gỡ trước khi báo cáo Đảng ủy xã."),
            H("III. Ý KIẾN KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ"),
            P("Sau khi nghe các ý kiến, đồng chí Trần Văn Thái kết luận:"),
            P("1. Về sản xuất vụ mùa: đây là nhiệm vụ trọng tâm của tháng. Đồng ý dùng quỹ dự phòng sửa máy bơm "
              "Đồng Giữa. Giao đồng chí Nguyễn Văn Đông chỉ đạo tổ thủy nông bơm tiêu, điều tiết nước cho 215 ha "
              "lúa mùa, xong trước ngày 25/7/2018."),
            P("2. Về dịch vụ: dịch vụ cấy máy trọn gói được thí điểm ở xóm 5 và xóm 7 theo ý kiến đồng chí Phạm "
              "Thị Gái. Đồng chí Vũ Thị Lan Anh chịu trách nhiệm đối chiếu công nợ phân bón vụ xuân với các xóm, báo "
              "cáo chi bộ tại kỳ họp tháng 8."),
            P("3. Về xây dựng Đảng: chi bộ phê bình hai đồng chí vắng sinh hoạt không có lý do. Chi ủy giao cho "
              "đồng chí Đỗ Mạnh Hùng gặp gỡ hai đồng chí, làm rõ nguyên nhân, báo cáo chi ủy trong tháng 7."),
            P("4. Về phối hợp với các đoàn thể: đề nghị Chi hội Nông dân và Chi đoàn thanh niên vận động các hộ "
              "không bỏ ruộng, nhận cấy hộ cho gia đình neo người trong vụ mùa. Mỗi đảng viên phải gương mẫu cấy "
              "đúng lịch thời vụ."),
            H("IV. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết thông qua kết luận: 18/18 đồng chí có mặt tán thành, đạt 100%."),
            P("Buổi sinh hoạt kết thúc lúc 10 giờ 20 phút cùng ngày. Biên bản được đọc lại và được chi bộ nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "Vũ Thị Lan Anh"], ["BÍ THƯ CHI BỘ", "Trần Văn Thái"]),
        ],
        "truth": minute(
            meeting("regular", "2018-07-12", "08:00", "10:20", "Hội trường Hợp tác xã",
                    "CHI BỘ HTX DỊCH VỤ NÔNG NGHIỆP", "ĐẢNG BỘ XÃ GIAO THỊNH"),
            "Trần Văn Thái", "Bí thư chi bộ", "Vũ Thị Lan Anh",
            attendance(24, 18, 4, 2, 2, 2,
                       [("Phạm Văn Tùng", "Đi ăn cưới ở Hải Hậu", True),
                        ("Mai Thị Huệ", "Ốm, điều trị tại Bệnh viện huyện", True),
                        ("Trần Văn Quế", "Không lý do", False),
                        ("Đoàn Văn Phú", None, False)]),
            True,
            [vote("Kết luận tháng 7/2018", 18, pct=100)],
            [task("Nguyễn Văn Đông", "chỉ đạo tổ thủy nông bơm tiêu, điều tiết nước cho 215 ha lúa mùa",
                  "25/7/2018"),
             task("Vũ Thị Lan Anh", "đối chiếu công nợ phân bón vụ xuân với các xóm, báo cáo chi bộ",
                  "kỳ họp tháng 8"),
             task("Đỗ Mạnh Hùng", "gặp gỡ hai đồng chí, làm rõ nguyên nhân, báo cáo chi ủy", "tháng 7"),
             task("Chi hội Nông dân", "vận động các hộ không bỏ ruộng, nhận cấy hộ cho gia đình neo người",
                  "vụ mùa"),
             task("Chi đoàn thanh niên", "vận động các hộ không bỏ ruộng, nhận cấy hộ cho gia đình neo người",
                  "vụ mùa")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# p09 — Hải Phòng, Lê Chân: a retired cadres' cell, December 2007, typed on a typewriter face. Only the
# Bí thư's report (no opinion recorded); his conclusion in prose with no heading, tasks inside it; a show
# of hands by percentage; the minute ends with the end time and is never read back.
# =================================================================================================
DOCS.append({
    "name": "p09-haiphong-retired-mono-no-discussion-not-approved", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.4, "para_gap": 5,
              "left": 70, "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG AN BIÊN", "CHI BỘ CÁN BỘ HƯU TRÍ SỐ 2"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lê Chân, ngày 20 tháng 12 năm 2007"], size=10),
            G(8),
            C("BIÊN BẢN HỌP CHI BỘ", size=12),
            C("Tháng 12 năm 2007", bold=False),
            G(8),
            L("Hôm nay, ngày 20/12/2007, từ 14 giờ 00, tại nhà đồng chí Đoàn Văn Kính (số 9 ngõ 12 Hai Bà "
              "Trưng), Chi bộ cán bộ hưu trí số 2 họp thường kỳ tháng 12."),
            L("Chủ trì: đ/c Phạm Đình Chiến, Bí thư chi bộ."),
            L("Thư ký: đ/c Nguyễn Thị Thoa."),
            L("Đảng viên: 31 đ/c, trong đó miễn sinh hoạt 06 đ/c (tuổi cao, ốm yếu). Phải dự 25, có mặt 23, vắng "
              "02 có lý do (đi viện)."),
            L("1. Đ/c Bí thư báo cáo tình hình tháng 11 và tháng 12/2007:"),
            L("- Năm 2007 là năm đầu nước ta là thành viên Tổ chức Thương mại Thế giới (WTO). Chi bộ đã học tập "
              "và đăng ký làm theo tấm gương đạo đức Hồ Chí Minh theo Cuộc vận động của Trung ương; 100% đảng "
              "viên có bản đăng ký."),
            L("- Kiểm điểm, phân loại đảng viên năm 2007 đã làm xong tại kỳ họp tháng 11: 21 đ/c đủ tư cách "
              "hoàn thành tốt nhiệm vụ, 04 đ/c đủ tư cách hoàn thành nhiệm vụ."),
            L("- Các đ/c đảng viên tham gia tổ hòa giải, tổ dân phố, Hội Người cao tuổi, giúp phường vận động "
              "06 hộ xây bể nước, nạo vét cống ngõ 12 và ngõ 14."),
            L("- Tồn tại: một số đ/c ở xa chưa đóng đảng phí đúng kỳ; việc thăm hỏi đảng viên ốm chưa đều."),
            L("2. Chi bộ nhất trí với báo cáo, không có ý kiến thảo luận thêm."),
            L("3. Đ/c Phạm Đình Chiến kết luận: năm 2007 chi bộ giữ được sinh hoạt đều, đảng viên gương mẫu ở khu "
              "dân cư. Tháng 12 và tháng 1/2008 chi bộ tập trung thăm hỏi đảng viên ốm đau, gia đình chính sách, "
              "kỷ niệm 63 năm Ngày thành lập Quân đội nhân dân Việt Nam, vận động con cháu đón Tết an toàn. Giao "
              "đ/c Lương Văn Bảo và đ/c Nguyễn Thị Thoa đến thăm, tặng quà các đảng viên ốm đau, xong trước Tết "
              "Nguyên đán Mậu Tý. Đ/c Đoàn Văn Kính thu đảng phí, nộp Đảng ủy phường hằng tháng."),
            L("4. Biểu quyết: chi bộ biểu quyết giơ tay, 100% đảng viên có mặt nhất trí."),
            L("Họp xong lúc 15 giờ 45 phút."),
            S(["NGƯỜI GHI BIÊN BẢN", "Nguyễn Thị Thoa"], ["BÍ THƯ CHI BỘ", "Phạm Đình Chiến"]),
        ],
        "truth": minute(
            meeting("regular", "2007-12-20", "14:00", "15:45", "nhà đồng chí Đoàn Văn Kính (số 9 ngõ 12 Hai Bà Trưng)",
                    "CHI BỘ CÁN BỘ HƯU TRÍ SỐ 2", "ĐẢNG BỘ PHƯỜNG AN BIÊN"),
            "Phạm Đình Chiến", "Bí thư chi bộ", "Nguyễn Thị Thoa",
            attendance(31, 23, 2, 2, 0, 6),
            True,
            [vote("Kết luận tháng 12/2007", pct=100)],
            [task("Lương Văn Bảo", "đến thăm, tặng quà các đảng viên ốm đau", "Tết Nguyên đán Mậu Tý"),
             task("Nguyễn Thị Thoa", "đến thăm, tặng quà các đảng viên ốm đau", "Tết Nguyên đán Mậu Tý"),
             task("Đoàn Văn Kính", "thu đảng phí, nộp Đảng ủy phường", "hằng tháng")],
            ["no_discussion", "not_approved"]),
    }],
    "flags": [],
    "scans": [{"name": "p13-haiphong-retired-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 1613, "dpi": 250}],
})


# =================================================================================================
# p10 — Ninh Bình (the merged province), a commune People's Committee cell, February 2026. "Chủ trì tổng
# hợp, kết luận" heading; count and percentage; a ruled task table "Chủ trì thực hiện | Thời gian hoàn
# thành" (two people in a cell, a group, an empty deadline cell, "Đến hết năm 2026").
# =================================================================================================
DOCS.append({
    "name": "p10-ninhbinh-commune-2026-chutri-tonghop-table-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 32, "spacing": 1.28,
              "left": 82, "right": 56, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG BỘ XÃ GIA VÂN", "CHI BỘ CƠ QUAN ỦY BAN NHÂN DÂN XÃ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Gia Vân, ngày 05 tháng 02 năm 2026"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 02 NĂM 2026"),
            G(10),
            L("– Thời gian: 14 giờ 00 phút, ngày 05/02/2026."),
            L("– Địa điểm: Phòng họp số 2, trụ sở Ủy ban nhân dân xã Gia Vân."),
            L("– Chủ trì: đồng chí Đinh Quang Trung, Bí thư chi bộ, Phó Chủ tịch UBND xã."),
            L("– Thư ký: đồng chí Trương Thị Mai Phương, Chi ủy viên."),
            L("– Đảng viên: tổng số 15; có mặt 15/15; không có đảng viên vắng mặt."),
            L("– Dự và chỉ đạo: đồng chí Bùi Thanh Sơn, Ủy viên Ban Thường vụ Đảng ủy xã."),
            H("I. THÔNG TIN THỜI SỰ, VĂN BẢN MỚI"),
            P("Đồng chí Bí thư thông tin về kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; cuộc bầu cử "
              "đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031 sẽ diễn ra vào "
              "Chủ nhật, ngày 15/3/2026; phổ biến Hướng dẫn số 42-HD/BTCTW về nâng cao chất lượng sinh hoạt chi bộ "
              "và Kế hoạch tổ chức Tết Nguyên đán Bính Ngọ của Ủy ban nhân dân xã."),
            H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 01/2026"),
            P("Bộ phận Một cửa tiếp nhận 1.248 hồ sơ, giải quyết đúng hạn 97,6%; 100% hồ sơ được tiếp nhận trên "
              "Cổng dịch vụ công quốc gia. Hoàn thành chi trả quà Tết cho 1.032 người có công và đối tượng bảo trợ "
              "xã hội. Hạn chế: còn 30 hồ sơ đất đai của các xã cũ trước sắp xếp chưa giải quyết xong; việc số hóa "
              "hồ sơ hộ tịch mới đạt 64%."),
            H("III. NHIỆM VỤ THÁNG 02/2026"),
            P("Phục vụ nhân dân đón Tết an toàn; chuẩn bị các điều kiện cho cuộc bầu cử; giải quyết dứt điểm hồ sơ "
              "đất đai tồn đọng; đẩy nhanh số hóa hồ sơ hộ tịch."),
            H("IV. THẢO LUẬN"),
            P("Đồng chí Nguyễn Hữu Phước (công chức Địa chính): trong 30 hồ sơ tồn, có 11 hồ sơ phải đo đạc lại "
              "vì bản đồ các xã cũ không khớp; đề nghị cho thuê đơn vị đo đạc để kịp tiến độ."),
            P("Đồng chí Lã Văn Tĩnh: nhất trí; đề nghị công khai tiến độ từng hồ sơ trên bảng tin để người dân "
              "theo dõi, tránh khiếu nại."),
            P("Đồng chí Trương Thị Mai Phương: các tổ bầu cử cần được tập huấn sớm, nhiều thành viên là người mới "
              "sau khi sắp xếp."),
            P("Đồng chí Bùi Thanh Sơn: ghi nhận kết quả tháng 01 của chi bộ; lưu ý chi bộ cơ quan là nơi trực "
              "tiếp phục vụ cử tri, phải chuẩn bị kỹ danh sách cử tri và địa điểm bỏ phiếu."),
            H("V. CHỦ TRÌ TỔNG HỢP, KẾT LUẬN"),
            P("Đồng chí Bí thư chi bộ tiếp thu ý kiến chỉ đạo của đồng chí Bùi Thanh Sơn và các ý kiến thảo luận, "
              "kết luận: chi bộ thống nhất các nhiệm vụ tháng 02/2026; ưu tiên công tác bầu cử và hồ sơ đất đai "
              "tồn đọng; đồng ý thuê đơn vị đo đạc đối với 11 hồ sơ phải đo lại; tiến độ giải quyết từng hồ sơ được "
              "công khai trên bảng tin của xã."),
            P("Biểu quyết: số đảng viên tán thành 15/15, đạt tỷ lệ 100%."),
            P("Chi bộ phân công thực hiện như sau:"),
            TB([(0.08, "TT", "c"), (0.44, "Nội dung", "l"), (0.28, "Chủ trì thực hiện", "l"),
                (0.20, "Thời gian hoàn thành", "l")],
               [["1", "Tập huấn nghiệp vụ cho các tổ bầu cử", "Đ/c Trương Thị Mai Phương", "Trước 10/3/2026"],
                ["2", "Giải quyết dứt điểm 30 hồ sơ đất đai tồn đọng", "Đ/c Nguyễn Hữu Phước, đ/c Lã Văn Tĩnh",
                 "Quý I/2026"],
                ["3", "Bố trí trực Tết, bảo đảm tiếp nhận hồ sơ trước và sau kỳ nghỉ",
                 "Văn phòng HĐND – UBND xã", ""],
                ["4", "Số hóa hồ sơ hộ tịch, báo cáo tiến độ với chi bộ", "Đ/c Đỗ Thị Ngân", "Hằng tháng"],
                ["5", "Kiểm tra, giám sát việc thực hiện kết luận này", "Chi ủy", "Đến hết năm 2026"]],
               size=12, head_center=True),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 00 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ, các "
              "đồng chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "Trương Thị Mai Phương"], ["T/M CHI BỘ", "BÍ THƯ", "Đinh Quang Trung"]),
        ],
        "truth": minute(
            meeting("regular", "2026-02-05", "14:00", "16:00",
                    "Phòng họp số 2, trụ sở Ủy ban nhân dân xã Gia Vân",
                    "CHI BỘ CƠ QUAN ỦY BAN NHÂN DÂN XÃ", "ĐẢNG BỘ XÃ GIA VÂN"),
            "Đinh Quang Trung", "Bí thư chi bộ", "Trương Thị Mai Phương",
            attendance(15, 15, 0, 0, 0, 0, [], [("Bùi Thanh Sơn", "Ủy viên Ban Thường vụ Đảng ủy xã")]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 02/2026", 15, pct=100)],
            [task("Trương Thị Mai Phương", "Tập huấn nghiệp vụ cho các tổ bầu cử", "10/3/2026"),
             task("Nguyễn Hữu Phước", "Giải quyết dứt điểm 30 hồ sơ đất đai tồn đọng", "Quý I/2026"),
             task("Lã Văn Tĩnh", "Giải quyết dứt điểm 30 hồ sơ đất đai tồn đọng", "Quý I/2026"),
             task("Văn phòng HĐND – UBND xã", "Bố trí trực Tết, bảo đảm tiếp nhận hồ sơ trước và sau kỳ nghỉ", None),
             task("Đỗ Thị Ngân", "Số hóa hồ sơ hộ tịch, báo cáo tiến độ với chi bộ", "Hằng tháng"),
             task("Chi ủy", "Kiểm tra, giám sát việc thực hiện kết luận này", "hết năm 2026")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# p11 — Lạng Sơn, Văn Lãng: a Tày village cell, April 2021, the regular meeting combined with the Q2
# thematic one (Nghị quyết Đại hội XIII). The chair only runs through the agenda again (no conclusion);
# a percentage vote; a dash list of tasks to members, the Front's committee and the security team; 105 min.
# =================================================================================================
DOCS.append({
    "name": "p11-langson-tay-combined-agenda-recap-short", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 22, "spacing": 1.36,
              "head": "Chi bộ thôn Nà Pàn – Tháng 4/2021", "foot": "{n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ HOÀNG VĂN THỤ", "CHI BỘ THÔN NÀ PÀN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hoàng Văn Thụ, ngày 06 tháng 4 năm 2021"]),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2021"),
            C("Chuyên đề: Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
              bold=False, italic=True),
            G(8),
            P("Thời gian: 19 giờ 30 phút ngày 06/4/2021. Địa điểm: Nhà văn hóa thôn Nà Pàn."),
            P("Chủ trì: đồng chí Hoàng Văn Slình – Bí thư chi bộ. Thư ký: đồng chí Lộc Thị Hoa – Chi ủy viên."),
            P("Chi bộ có 22 đảng viên; có mặt 20 đồng chí; vắng 02 đồng chí có lý do: đồng chí Nông Văn Sáng đi làm "
              "công nhân ở Bắc Giang, đồng chí Vi Thị Thảo bị ốm."),
            H("A. SINH HOẠT THƯỜNG KỲ"),
            P("1. Thông tin: Ủy ban bầu cử các cấp đang hiệp thương giới thiệu người ứng cử đại biểu Quốc hội khóa "
              "XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 – 2026, ngày bầu cử là Chủ nhật 23/5/2021. "
              "Tình hình dịch Covid-19 trên thế giới còn phức tạp; tỉnh tiếp tục kiểm soát chặt đường mòn, lối mở "
              "trên tuyến biên giới, không để người nhập cảnh trái phép."),
            P("2. Kết quả tháng 3: trồng mới 3,5 ha hồi và 2 ha keo; 100% hộ ký cam kết không chứa chấp người "
              "nhập cảnh trái phép; tiêm phòng lở mồm long móng cho 186 con trâu, bò đạt 92%. Hạn chế: vẫn còn hộ "
              "thả rông gia súc; một số thanh niên chơi game, tụ tập khuya ở đầu bản."),
            P("3. Nhiệm vụ tháng 4: chuẩn bị bầu cử; chăm sóc cây hồi, trồng rừng; tiêm phòng gia súc đợt còn "
              "lại; giữ vững an ninh trật tự tuyến biên giới."),
            H("B. SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Hoàng Văn Slình truyền đạt những điểm mới của Nghị quyết Đại hội XIII: chủ đề Đại hội; "
              "khơi dậy khát vọng phát triển đất nước phồn vinh, hạnh phúc; mục tiêu đến năm 2025, năm 2030 và "
              "tầm nhìn đến năm 2045; sáu nhiệm vụ trọng tâm và ba đột phá chiến lược. Liên hệ ở thôn: làm đường "
              "bê tông vào khu sản xuất Khau Ma, giữ rừng đầu nguồn, không để con em bỏ học."),
            H("C. THẢO LUẬN"),
            P("Đồng chí Lương Văn Kiên: nhất trí với báo cáo và nội dung chuyên đề; đề nghị đưa việc làm đường "
              "vào khu Khau Ma thành mục tiêu của chi bộ năm 2021."),
            P("Đồng chí Vi Văn Chung: trâu, bò chưa tiêm còn 15 con, chủ yếu ở các hộ đi làm xa; cần nhờ người "
              "nhà báo về để tiêm một lượt."),
            P("Đồng chí Lộc Thị Hoa: tổ hòa giải phát hiện hai thanh niên tụ tập khuya có uống rượu, đề nghị gia "
              "đình và đoàn thể cùng nhắc nhở."),
            P("Đồng chí chủ trì nhắc lại: buổi sinh hoạt hôm nay đã thực hiện đủ các nội dung theo chương trình "
              "gồm thông tin thời sự; đánh giá kết quả tháng 3 và triển khai nhiệm vụ tháng 4; học tập chuyên đề "
              "Nghị quyết Đại hội XIII; thảo luận của các đồng chí đảng viên."),
            P("Chi bộ biểu quyết thông qua nhiệm vụ tháng 4 và chuyên đề: 100% đồng chí có mặt tán thành."),
            H("Phân công:"),
            P("- Đồng chí Hoàng Văn Slình cùng trưởng thôn rà soát, lập danh sách cử tri của thôn, xong trước ngày "
              "15/4."),
            P("- Ban công tác Mặt trận thôn phối hợp với chi hội phụ nữ tuyên truyền về ngày bầu cử 23/5/2021 đến "
              "từng hộ."),
            P("- Tổ bảo vệ an ninh thôn tuần tra đường mòn, lối mở, phát hiện người lạ vào thôn, thường xuyên."),
            P("- Đồng chí Lương Văn Kiên và đồng chí Vi Văn Chung vận động các hộ còn lại đưa trâu, bò đi tiêm "
              "phòng, trong quý II."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút. Biên bản đã được đọc lại và thông qua."),
            S(["THƯ KÝ", "Lộc Thị Hoa"], ["CHỦ TRÌ", "Hoàng Văn Slình"]),
        ],
        "truth": minute(
            meeting("regular", "2021-04-06", "19:30", "21:15", "Nhà văn hóa thôn Nà Pàn", "CHI BỘ THÔN NÀ PÀN",
                    "ĐẢNG BỘ XÃ HOÀNG VĂN THỤ",
                    topic="Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
            "Hoàng Văn Slình", "Bí thư chi bộ", "Lộc Thị Hoa",
            attendance(22, 20, 2, 2, 0, 0,
                       [("Nông Văn Sáng", "đi làm công nhân ở Bắc Giang", True), ("Vi Thị Thảo", "bị ốm", True)]),
            False,
            [vote("Nhiệm vụ tháng 4 và chuyên đề quý II/2021", pct=100)],
            [task("Hoàng Văn Slình", "cùng trưởng thôn rà soát, lập danh sách cử tri của thôn", "15/4"),
             task("Ban công tác Mặt trận thôn", "phối hợp với chi hội phụ nữ tuyên truyền về ngày bầu cử 23/5/2021 "
                  "đến từng hộ", None),
             task("Tổ bảo vệ an ninh thôn", "tuần tra đường mòn, lối mở, phát hiện người lạ vào thôn",
                  "thường xuyên"),
             task("Lương Văn Kiên", "vận động các hộ còn lại đưa trâu, bò đi tiêm phòng", "quý II"),
             task("Vi Văn Chung", "vận động các hộ còn lại đưa trâu, bò đi tiêm phòng", "quý II")],
            ["missing_conclusion", "short_meeting"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# p14 — Sơn La, Mộc Châu: a Thái village cell, August 2005, a SCAN with no born-digital twin. The commune's
# Phó Bí thư gives directions; the Bí thư only takes them in and promises to report to the commune (no
# conclusion); a vote with one against; "Chi ủy phân công" dashes; one member absent without reason.
# =================================================================================================
DOCS.append({
    "name": "p14-sonla-thai-guest-directs-report-upward-scan", "folder": "dev", "born_digital": False,
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 24, "spacing": 1.22,
              "left": 72, "right": 56, "top": 48, "bottom": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ CHIỀNG SƠN", "CHI BỘ BẢN PA KHEN"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chiềng Sơn, ngày 12 tháng 8 năm 2005"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2005", size=13.5),
            G(8),
            P("Vào hồi 20 giờ 00 phút ngày 12/8/2005, tại nhà văn hóa bản Pa Khen, chi bộ tiến hành sinh hoạt "
              "thường kỳ tháng 8/2005. Đồng chí Lò Văn Ơn – Bí thư chi bộ chủ trì; đồng chí Cầm Thị Xuân ghi biên "
              "bản."),
            P("Tổng số đảng viên: 20 đồng chí. Có mặt: 18 đồng chí. Vắng 02 đồng chí: đ/c Hà Văn Pánh (đi viện "
              "tỉnh), đ/c Lường Văn Tóng (không lý do)."),
            P("Đại biểu về dự: đồng chí Quàng Văn Thưởng, Phó Bí thư Đảng ủy xã."),
            L("1. Thông tin thời sự", bold=True),
            P("Cả nước kỷ niệm 60 năm Cách mạng tháng Tám và Quốc khánh 2/9 (1945 – 2005). Dịch cúm gia cầm có "
              "nguy cơ tái phát vào mùa thu đông, tỉnh yêu cầu tiêm phòng cho toàn bộ đàn gà, vịt. Đường vào bản "
              "làm bằng vốn Chương trình 135 sẽ khởi công sau vụ thu hoạch."),
            L("2. Kết quả tháng 7 và nhiệm vụ tháng 9", bold=True),
            P("Ngô xuân hè đã thu hoạch được khoảng 70%; đàn bò sữa của 9 hộ cho sữa ổn định, bán cho Công ty sữa; "
              "bản không có người nghiện mới. Hạn chế: 02 hộ để trâu phá nương ngô của bản bên, phải hòa giải; "
              "còn 05 hộ chưa nộp quỹ làm đường. Tháng 9 thu hoạch xong ngô, tiêm phòng gia cầm, tổ chức mừng Quốc "
              "khánh, chuẩn bị cho các cháu vào năm học 2005 – 2006."),
            L("3. Ý kiến thảo luận", bold=True),
            P("- Đồng chí Lường Văn Nọi: bản chưa có người tiêm gia cầm, đề nghị xã cử thú y viên về ở lại bản vài "
              "ngày."),
            P("- Đồng chí Cầm Thị Xuân: chi hội phụ nữ đã tập được hai tiết mục xòe, muốn biểu diễn đêm 1/9 tại "
              "sân nhà văn hóa."),
            P("- Đồng chí Hoàng Văn Sinh: đồng chí Lường Văn Tóng đã ba lần không đi họp, chi bộ phải gặp để nhắc."),
            L("4. Ý kiến chỉ đạo của đại biểu Đảng ủy xã", bold=True),
            P("Đồng chí Quàng Văn Thưởng biểu dương bản Pa Khen giữ được an ninh, không có người nghiện mới; yêu "
              "cầu chi bộ tiêm phòng gia cầm xong trước ngày 15/9, vận động các hộ còn lại nộp quỹ làm đường và "
              "kiểm điểm đảng viên vắng sinh hoạt không có lý do."),
            P("Đồng chí Lò Văn Ơn tiếp thu ý kiến chỉ đạo của đồng chí Phó Bí thư Đảng ủy xã, cảm ơn các đồng chí "
              "đảng viên đã đóng góp ý kiến và cho biết chi ủy sẽ tổng hợp đầy đủ các ý kiến, báo cáo Đảng ủy xã "
              "trong tuần tới."),
            L("5. Biểu quyết", bold=True),
            P("Chi bộ biểu quyết nhiệm vụ tháng 9: 17/18 đồng chí tán thành, 01 đồng chí không tán thành."),
            L("6. Chi ủy phân công", bold=True),
            P("- Đồng chí Lường Văn Nọi cùng thú y viên của xã tiêm phòng cúm cho đàn gia cầm của bản, xong trước "
              "ngày 15/9/2005."),
            P("- Đồng chí Cầm Thị Xuân cùng chi hội phụ nữ chuẩn bị văn nghệ mừng Quốc khánh 2/9."),
            P("- Đồng chí Hoàng Văn Sinh gặp đồng chí Lường Văn Tóng, nhắc nhở việc vắng sinh hoạt, báo cáo chi bộ "
              "kỳ họp tháng 9."),
            P("Cuộc họp kết thúc lúc 22 giờ 00 phút. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "Cầm Thị Xuân"], ["BÍ THƯ CHI BỘ", "Lò Văn Ơn"]),
        ],
        "truth": minute(
            meeting("regular", "2005-08-12", "20:00", "22:00", "nhà văn hóa bản Pa Khen", "CHI BỘ BẢN PA KHEN",
                    "ĐẢNG BỘ XÃ CHIỀNG SƠN"),
            "Lò Văn Ơn", "Bí thư chi bộ", "Cầm Thị Xuân",
            attendance(20, 18, 2, 1, 1, 0,
                       [("Hà Văn Pánh", "đi viện tỉnh", True), ("Lường Văn Tóng", "không lý do", False)],
                       [("Quàng Văn Thưởng", "Phó Bí thư Đảng ủy xã")]),
            False,
            [vote("Nhiệm vụ tháng 9/2005", 17, 1)],
            [task("Lường Văn Nọi", "cùng thú y viên của xã tiêm phòng cúm cho đàn gia cầm của bản", "15/9/2005"),
             task("Cầm Thị Xuân", "cùng chi hội phụ nữ chuẩn bị văn nghệ mừng Quốc khánh 2/9", None),
             task("Hoàng Văn Sinh", "gặp đồng chí Lường Văn Tóng, nhắc nhở việc vắng sinh hoạt, báo cáo chi bộ",
                  "kỳ họp tháng 9")],
            ["missing_conclusion", "unexcused_absence"]),
    }],
    "flags": [],
    "scans": [{"name": "p14-sonla-thai-guest-directs-report-upward-scan", "folder": "dev", "damage": "moderate",
               "seed": 1614, "dpi": 250}],
})
