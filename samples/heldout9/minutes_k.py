"""Held-out set 9, writer k (dev/, `k…`): the North, the North-Central coast and the Central coast.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts,
the bench, the earlier writers' minutes or truth files, and without running the extractor. Rendered by
samples/heldout2/make.py (`build`). Names, places and figures are invented or used loosely; the paperwork follows
/work/shared/DOMAIN.md.

The theme of the set is the two defects inspectors ask for first, `missing_conclusion` and `missing_assignments`,
at their edges. This writer varied above all: the chair's conclusion with no heading ("Đồng chí Bí thư tóm lại",
"Sau khi nghe ý kiến …, chủ trì thống nhất", "chi bộ nhất trí: …"), under a heading without the word "kết luận",
in numbered points that carry the tasks, given by the deputy secretary or by a chi ủy member, at the top of a new
page after a page break; and the look-alikes: a chair who only thanks and closes, who only "ghi nhận" and promises
answers next time, a conclusion field left as dots, a conclusion heading with nothing under it, a summary written
by the secretary, a guest's directions, "kết luận" as a document or an inspection's findings. Tasks in prose, in
tables of two column orders, inside the conclusion, to groups and pairs, with "phụ trách", "theo dõi", "chịu
trách nhiệm", "có trách nhiệm", "được phân công", "tiếp tục", "hoàn thiện"; and minutes with none although they
look as if they had some: collective plans, last month's tasks reported done, "(theo kế hoạch đã phân công)",
"chi ủy sẽ phân công cụ thể sau", the upper committee's tasks to the cell as a whole.

Files (name -> what varies -> minute flags / book flags):

- k01-hanoi-ward-tomlai-task-table-clean -> Hà Nội (Long Biên) residential-group cell, one page; Serif 12
  justified, no indent; "Tổng số … 24 …, 05 … miễn sinh hoạt. Có mặt 18/19 đồng chí phải dự", one absentee named
  with a reason; opinions run together in one paragraph "2. Ý kiến tham gia: …"; the conclusion has no heading
  ("Đồng chí Bí thư tóm lại: …") and ends "Các việc cụ thể phân công như sau:" over a ruled table "TT | Nội dung |
  Người thực hiện | Thời hạn" (two members in one cell, "Tổ bảo vệ dân phố" with "Trước mùa mưa bão", "Chi hội
  Cựu chiến binh" with "Tháng 6/2025"); vote "bằng hình thức giơ tay: 18/18 …, đạt 100%" -> — / —
- k02-nghean-hospital-deputy-numbered-clean -> Nghệ An provincial hospital, cardiology ward; DejaVu Serif 11.5,
  "Trang n/N"; committee name over two header lines, "Số: 07-BB/CB"; "Vào hồi"; the Bí thư is away (an
  absentee), the Phó Bí thư chairs; "Phần I … IV."; opinions as "– Đồng chí X, <job>: …"; "Phần III. Kết luận
  của đồng chí Phó Bí thư chủ trì" in five numbered points with the tasks inside ("chịu trách nhiệm", two members
  "có trách nhiệm", "được phân công … vào sáng thứ Hai hằng tuần", "Tổ hành chính khoa phụ trách", two members
  told to hand in overdue essays, "Mỗi đảng viên …" not a task); "15/15 … nhất trí, đạt 100%" -> — / —
- k03-quangnam-school-thematic-thanks-only -> Hội An lower-secondary school, thematic "Quý IV năm 2024" +
  "Chuyên đề:" line; Sans 11.5 ragged; "- Thời gian: từ … đến …" fields, "Đảng viên dự: 13/14"; three named
  opinions; "III. Phân công thực hiện" in prose (a member "phụ trách", two groups "có trách nhiệm", "chịu trách
  nhiệm … hằng tuần", "tiếp tục theo dõi, giúp đỡ … đến hết học kỳ I"); "Chi bộ nhất trí 100% với nội dung
  chuyên đề và phân công thực hiện"; the Bí thư then only thanks the presenter and the speakers, wishes the
  teachers well and declares the meeting closed: no conclusion -> missing_conclusion / —
- k04-hue-retired-ghinhan-collective-low -> Huế (Vỹ Dạ) retired cadres' cell meeting in a member's house, one
  page; Serif 12.5 ragged; 31 members, 9 exempt, 17 present, five absentees named (one reason shared by two
  names, two "không báo lý do"); the Bí thư explains "Kết luận số 21-KL/TW" (a document); three named opinions;
  the chair "ghi nhận các ý kiến trên" and promises answers "ở kỳ họp sau"; "Nhiệm vụ tháng 4: toàn chi bộ …;
  các đảng viên gương mẫu …; phấn đấu 100% …"; "17/17 đồng chí dự họp giơ tay tán thành"; signature "NGƯỜI GHI
  BIÊN BẢN" -> low_attendance, missing_assignments, missing_conclusion, unexcused_absence / —
- k05-danang-software-online-no-vote-65min -> Đà Nẵng software company, meeting on site and on Google Meet
  ("Điểm cầu chính: …", two members joining from Japan); Sans 11 justified, no indent; cell name over two header
  lines; "17h30 – 18h35" (65 min); opinions "- Đ/c X: …"; the summing up has no heading: "Kết thúc phần trao
  đổi, chi bộ nhất trí: …"; "3. Phân công" lines ("theo dõi … vào thứ Sáu hằng tuần", two members "hoàn thiện hồ
  sơ kết nạp …", "Tổ 2 (khối kiểm thử) chịu trách nhiệm …", "Chi đoàn công ty phối hợp Công đoàn …" with no
  deadline, "chậm nhất ngày 15/8"); only the minutes are approved on the shared screen -> missing_vote,
  short_meeting / —
- k06-quangngai-army-upper-tasks-only -> Quảng Ngãi infantry company; Serif 14 justified, wide indent, "- n -";
  three committee lines in the header; ranks before every name (signatures too); "Quân số: …"; a current-affairs
  part (storm Yagi, Military Region 5's directive); four opinions "Rank Name, job: …"; the conclusion under "IV.
  ĐỒNG CHÍ BÍ THƯ TỔNG HỢP, ĐỊNH HƯỚNG" ("một là … hai là … ba là"); "V. NHIỆM VỤ THÁNG 10" holds only "Đảng ủy
  Tiểu đoàn 2 giao Chi bộ Đại đội 6: …" and "Các đồng chí đảng viên gương mẫu …"; "10/10 … tán thành, đạt 100%"
  -> missing_assignments / —
- k07-binhdinh-police-form-dots-tasks-later -> Quy Nhơn (Ghềnh Ráng) ward police, a typed form; DejaVu Sans 10.5;
  fields "1. … 9." with "a) … đ)" italic sub-heads; "Khách mời: không."; ranks; "c) Kết luận của đồng chí chủ
  trì:" followed by a line of dots only; "d) Phương hướng …" with no doer; "đ) Phân công thực hiện: chi ủy sẽ
  phân công cụ thể sau khi có kế hoạch …"; "tán thành 13/13 đồng chí, đạt 100%; không tán thành: 0; ý kiến khác:
  0" -> missing_assignments, missing_conclusion, unfilled_template / —
- k08-hatinh-commune-secretary-summary-guest -> Hà Tĩnh (Cẩm Duệ) commune People's Committee office; Serif 12.5
  justified; a guest from the commune Party committee; "kết luận thanh tra" of the district inspectorate (twice,
  never the chair's); three named opinions; "Thư ký tổng hợp ý kiến: …"; the guest "phát biểu chỉ đạo";
  "3. Phân công" in one prose sentence ("Giao đồng chí …", "trong tháng 5", "phụ trách …" with no deadline);
  "18/18 đồng chí tán thành"; the chair only "tiếp thu ý kiến chỉ đạo", thanks and closes; end time given, the
  minutes never read back -> missing_conclusion, not_approved / —
- k09-quangtri-village-book-jun-nov-2024 -> minute BOOK of a Quảng Trị (Hải Lăng) village cell, five minutes on
  three pages, typed on continuously: every minute after the first starts mid-page right under the previous
  signatures, only the first has a header; Serif 12, right-aligned running head from page 2, "- n -" at the foot:
    1. 07/6/2024 regular combined with the Q2 thematic meeting ("Chuyên đề:" line), 19:30–21:45 (135 min); a
       member "xin nhận" a job in the discussion, then the Bí thư's conclusion gives it to him with two more tasks
       ("Giao đồng chí …, xong trong tháng 6", "Chi hội Phụ nữ thôn … trước ngày 30/6", "đồng chí Trưởng thôn …
       trong tháng 7") -> —
    2. 05/7/2024 regular: June's tasks reported done, a conclusion with nobody named ending "Đề nghị các đồng chí
       đảng viên …"; vote in words "mười tám trên mười tám"; Hồ Sĩ Nhân "(không lý do)" -> missing_assignments,
       unexcused_absence
    3. 09/8/2024 regular: the Bí thư and the Phó Bí thư away, "Chi ủy phân công đồng chí …, chi ủy viên, chủ trì";
       "Thay mặt chi ủy, đồng chí … kết luận: … Giao đồng chí … cùng Tổ thủy nông …; đồng chí … và đồng chí …
       … trong tuần tới"; 20:00–21:20 -> short_meeting
    4. 06/9/2024 regular: "4. Kết luận của chủ trì:" with nothing under it, then the vote and "6. Phân công: …"
       (a member and a group together); Hồ Sĩ Nhân "vắng không lý do" -> missing_conclusion, unexcused_absence
    5. 08/11/2024 regular (the minute says October was skipped because of the floods): the Bí thư reads out "kết
       luận của Đảng ủy xã" (which "giao các chi bộ …"), then gives his own conclusion; "Chi bộ thống nhất cao với
       báo cáo, không có ý kiến khác"; "4. Phân công nhiệm vụ: (theo kế hoạch đã phân công)"; Hồ Sĩ Nhân "(không
       có lý do)" -> missing_assignments, no_discussion, unexcused_absence
  book -> missing_month (October), no_thematic_in_quarter (Q3 lies wholly inside Jun–Nov with no thematic or
  combined meeting; June's combined meeting is Q2), repeated_absence (Hồ Sĩ Nhân: Jul, Sep, Nov)
- k10-namdinh-textile-conclusion-page2-clean -> Nam Định textile company, spinning workshop; DejaVu Serif 12,
  "Trang n/N"; ruled absentee table "TT | Đảng viên vắng | Lý do"; "PHẦN 1./2." capital headings; a page break
  after the opinions: page 2 opens with "Sau khi nghe ý kiến của các đồng chí, chủ trì thống nhất: …" (no heading)
  and "Phân công cụ thể:" over a ruled table with the assignee column first "Người thực hiện | Công việc | Thời
  hạn" (two members in one cell, "Tổ sản xuất số 2", "Chi đoàn phân xưởng" with an empty deadline cell); "21/21
  … tán thành (đạt 100%)" -> — / —
- k11-hanoi-ward-scan-moderate -> image-only twin of k01, moderate, 200 dpi, one page -> as k01
- k12-hue-retired-scan-photocopy -> image-only twin of k04, photocopy, 200 dpi, one page -> as k04

Labelling decisions where the READMEs are silent:
- Conclusion present: a summing up by the chair with content, whatever its form: "Đồng chí Bí thư tóm lại: …"
  with no heading (k01); a heading that does not say "kết luận" ("ĐỒNG CHÍ BÍ THƯ TỔNG HỢP, ĐỊNH HƯỚNG", k06);
  "Sau khi nghe ý kiến …, chủ trì thống nhất: …" (k10); "Kết thúc phần trao đổi, chi bộ nhất trí: <what the cell
  will do>" (k05, as heldout5's "Chi bộ thống nhất: …"); a chi ủy member chairing in the Bí thư's absence who
  concludes "Thay mặt chi ủy" (k09 Aug). A conclusion that begins on a new page after a page break (k10) is
  simply a conclusion. In k09 Nov the Đảng ủy's "kết luận" is read out and the Bí thư then concludes himself:
  conclusion true.
- Conclusion absent: the chair only thanks and declares the meeting closed (k03); the chair "ghi nhận" the
  opinions and promises to answer "ở kỳ họp sau" (k04); a "Thư ký tổng hợp ý kiến: …" (k08: the secretary's
  summary, not the chair's); a guest's "phát biểu chỉ đạo" that the chair only "tiếp thu" (k08); a conclusion
  field left as dots (k07) or a conclusion heading with nothing under it (k09 Sep). "Chi bộ nhất trí 100% với
  nội dung chuyên đề và phân công thực hiện" (k03) is a vote, not a conclusion. "Kết luận số 21-KL/TW", "kết luận
  thanh tra", "kết luận của Đảng ủy xã" are never the chair's conclusion.
- Conclusion and assignments are judged apart: a "Phân công" section naming members, written where no chair's
  conclusion exists (k03, k08, k09 Sep), still gives assignments.
- Not assignments: "Đảng ủy Tiểu đoàn 2 giao Chi bộ Đại đội 6: …" and "Đảng ủy xã giao các chi bộ …" (the upper
  committee's tasks to the cell as a whole; the cell itself is no assignee); "chi ủy sẽ phân công cụ thể sau …";
  "Phân công nhiệm vụ: (theo kế hoạch đã phân công)"; last month's tasks reported as done ("đồng chí X đã …");
  "toàn chi bộ …", "các đảng viên …", "Các đồng chí đảng viên gương mẫu …", "Đề nghị các đồng chí đảng viên …",
  "Mỗi đảng viên …"; "chi bộ sẽ tổng hợp báo cáo Đảng ủy phường"; a suggestion in the discussion ("đề nghị chi
  bộ chỉ đạo trung đội 3 …"); a member "xin nhận" a job (k09 Jun) — but the same job given to him by the
  conclusion ("Giao đồng chí Võ Văn Cảnh …") is an assignment.
- "Đồng chí X tiếp tục theo dõi, giúp đỡ <a stated job> đến …" is an assignment (k03): a named member told to go
  on with a job the sentence states; heldout6's "tiếp tục thực hiện theo phân công tại kỳ trước" names no job.
- Two named members told to hand in overdue work ("Đồng chí A và đồng chí B nộp bài thu hoạch cho chi ủy trước
  ngày 25/7/2025", k02) give one assignment each.
- A group with a gloss in brackets ("Tổ 2 (khối kiểm thử)") has the assignee without the gloss ("Tổ 2"). A
  member and a group joined by "và" (k09 Sep) give two assignments; "cùng Tổ thủy nông" (k09 Aug) keeps the group
  as a partner, its words in the task. Two groups "Tổ Ngữ văn và tổ Toán – Tin" give two, each as written.
- Task text: the action after the verb of giving ("chịu trách nhiệm", "có trách nhiệm", "phụ trách", "được phân
  công", "theo dõi" is kept as the action itself); in a table, the cell as written.
- Deadlines drop the words in front as before: "xong trước thứ Sáu tuần này" -> "thứ Sáu tuần này", "vào sáng
  thứ Hai hằng tuần" -> "sáng thứ Hai hằng tuần", "báo cáo chi ủy vào thứ Sáu hằng tuần" -> "thứ Sáu hằng tuần",
  "chậm nhất ngày 15/8" -> "15/8", "đến hết học kỳ I" -> "hết học kỳ I", "trong học kỳ I" -> "học kỳ I", "trong
  tuần tới" -> "tuần tới", "trước mùa mưa lũ" -> "mùa mưa lũ", a table cell "Trước mùa mưa bão" -> "mùa mưa
  bão", "gửi Ban Giám hiệu hằng tuần" -> "hằng tuần", "hoàn thành trong quý III/2025" -> "quý III/2025"; an empty
  table cell or no time at all -> null.
- Absences: one reason after two names ("các đồng chí Hồ Văn Tư, Lê Thị Sen nằm viện") is each one's reason;
  "(đều có báo)" after two reasons is a note, not part of either; ", có báo" inside a reason ("đi làm ăn xa, có
  báo") is kept as written. "vào Sài Gòn thăm con", "trực ban" are excused; "không báo lý do" is unexcused. When
  the total is not written (k09 Jul "18/20 … phải dự (03 … miễn sinh hoạt)") total = present + absent + exempt.
- Roles: "Bí thư chi bộ, Chính trị viên đại đội" -> "Bí thư chi bộ"; a chi ủy member chairing -> "chi ủy viên"
  as written (lower case). A Bí thư away while the deputy chairs is an absentee (k02, as heldout4).
- Header: of three committee lines the one right above the cell is `party_committee` (k06); a committee or cell
  name over two header lines is one value, lines joined by a space (k02, k05, k07, k10).
- Online meeting (k05): members joining from abroad are present; the location is the main point's room.
- Votes: "bằng hình thức giơ tay: 18/18 … tán thành, đạt 100%" -> 18 / null / null / 100; "17/17 đồng chí dự
  họp giơ tay tán thành" -> 17 only; "mười tám trên mười tám đồng chí tán thành" -> 18; approving the minutes
  "trên màn hình chia sẻ" (k05) is no vote.
- A book month with only a note that the meeting was skipped (k09: October) is a missing month.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DOCS: list[dict] = []


# k01 — Hà Nội ward: conclusion with no heading ("Đồng chí Bí thư tóm lại"), task table. Clean.
DOCS.append({
    "name": "k01-hanoi-ward-tomlai-task-table-clean", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 0, "spacing": 1.25, "top": 45,
              "bottom": 45, "left": 70, "right": 50, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG", "CHI BỘ TỔ DÂN PHỐ SỐ 7", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phúc Đồng, ngày 05 tháng 6 năm 2025"]),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2025"),
            G(6),
            L("Thời gian: 19 giờ 30 phút, ngày 05/6/2025."),
            L("Địa điểm: Nhà văn hóa tổ dân phố số 7."),
            L("Tổng số đảng viên: 24 đồng chí, trong đó 05 đồng chí được miễn sinh hoạt. Có mặt 18/19 đồng chí "
              "phải dự; vắng 01 đồng chí Ngô Thị Hằng (đưa con đi viện)."),
            L("Chủ trì: đồng chí Trịnh Văn Khải, Bí thư chi bộ. Thư ký: đồng chí Lưu Thị Minh Nguyệt."),
            G(4),
            P("1. Đồng chí Bí thư thông tin về việc sắp xếp đơn vị hành chính cấp xã, tổ chức chính quyền địa "
              "phương hai cấp từ ngày 01/7/2025 và những việc tổ dân phố cần chuẩn bị. Đồng chí Tổ trưởng báo cáo "
              "kết quả tháng 5: thu Quỹ phòng, chống thiên tai đạt 96%; đổ bê tông xong rãnh ngõ 12; còn 03 hộ để "
              "cát, gạch lấn vỉa hè chưa dọn."),
            P("2. Ý kiến tham gia: đồng chí Phạm Quang Vinh đề nghị thay tấm biển báo phòng cháy đã bong tróc ở "
              "bãi xe chung; đồng chí Đỗ Thị Lụa phản ánh cuối ngõ 15 cứ mưa to là nước đọng đến đầu gối; đồng chí "
              "Hoàng Minh Tuấn đề nghị rà lại danh sách hộ nghèo, cận nghèo trước khi bàn giao hồ sơ sang phường "
              "mới, tránh bỏ sót."),
            P("Đồng chí Bí thư tóm lại: tháng 6 là tháng chuyển tiếp, chi bộ phải giữ ổn định, việc của dân không "
              "được để chậm; dọn dứt điểm vật liệu lấn vỉa hè, khơi thông rãnh cuối ngõ 15 trước mùa mưa bão; rà "
              "soát đầy đủ hồ sơ hộ nghèo, cận nghèo và sổ sách của tổ để bàn giao. Các việc cụ thể phân công "
              "như sau:"),
            T([(0.07, "TT", "c"), (0.49, "Nội dung", "l"), (0.27, "Người thực hiện", "l"), (0.17, "Thời hạn", "l")],
              [["1", "Vận động 03 hộ dọn cát, gạch lấn vỉa hè ngõ 12", "Đ/c Phạm Quang Vinh, đ/c Đỗ Thị Lụa",
                "20/6/2025"],
               ["2", "Khơi thông rãnh thoát nước cuối ngõ 15", "Tổ bảo vệ dân phố", "Trước mùa mưa bão"],
               ["3", "Rà soát danh sách hộ nghèo, cận nghèo; chuẩn bị hồ sơ bàn giao", "Đ/c Hoàng Minh Tuấn",
                "25/6/2025"],
               ["4", "Thay biển báo phòng cháy tại bãi xe chung", "Chi hội Cựu chiến binh", "Tháng 6/2025"]]),
            P("Chi bộ biểu quyết bằng hình thức giơ tay: 18/18 đồng chí có mặt tán thành, đạt 100%."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản đã đọc lại, chi bộ nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Lưu Thị Minh Nguyệt"], ["BÍ THƯ", "", "", "Trịnh Văn Khải"]),
        ],
        "truth": minute(
            meeting("regular", "2025-06-05", "19:30", "21:15", "Nhà văn hóa tổ dân phố số 7",
                    "CHI BỘ TỔ DÂN PHỐ SỐ 7", "ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG"),
            "Trịnh Văn Khải", "Bí thư chi bộ", "Lưu Thị Minh Nguyệt",
            attendance(24, 18, 1, 1, 0, 5, [("Ngô Thị Hằng", "đưa con đi viện", True)]),
            True,
            [vote("Kết luận và phân công tháng 6", 18, None, None, 100)],
            [task("Phạm Quang Vinh", "Vận động 03 hộ dọn cát, gạch lấn vỉa hè ngõ 12", "20/6/2025"),
             task("Đỗ Thị Lụa", "Vận động 03 hộ dọn cát, gạch lấn vỉa hè ngõ 12", "20/6/2025"),
             task("Tổ bảo vệ dân phố", "Khơi thông rãnh thoát nước cuối ngõ 15", "mùa mưa bão"),
             task("Hoàng Minh Tuấn", "Rà soát danh sách hộ nghèo, cận nghèo; chuẩn bị hồ sơ bàn giao", "25/6/2025"),
             task("Chi hội Cựu chiến binh", "Thay biển báo phòng cháy tại bãi xe chung", "Tháng 6/2025")],
            []),
    }],
    "scans": [{"name": "k11-hanoi-ward-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 9101,
               "dpi": 200}],
})


# k02 — Nghệ An hospital department: the deputy secretary chairs and concludes in numbered points that
# carry the tasks. Clean.
DOCS.append({
    "name": "k02-nghean-hospital-deputy-numbered-clean", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 24, "spacing": 1.35,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "TỈNH NGHỆ AN", "CHI BỘ KHOA NỘI TIM MẠCH", "Số: 07-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nghệ An, ngày 14 tháng 7 năm 2025"], bold_left=(2,)),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 7 năm 2025", bold=False, italic=True),
            G(6),
            P("Vào hồi 16 giờ 00 ngày 14 tháng 7 năm 2025, tại phòng giao ban Khoa Nội tim mạch, chi bộ tiến "
              "hành sinh hoạt thường kỳ tháng 7."),
            P("Tổng số đảng viên: 16 đồng chí; có mặt: 15 đồng chí; vắng: 01 đồng chí – đồng chí Thái Doãn Hùng, "
              "Bí thư chi bộ, đi học lớp cao cấp lý luận chính trị tập trung."),
            P("Chủ trì: đồng chí Nguyễn Thị Hải Yến, Phó Bí thư chi bộ. Thư ký: đồng chí Hồ Sỹ Quang, chi ủy "
              "viên."),
            H("Phần I. Thông tin và đánh giá tháng 6"),
            P("Đồng chí chủ trì thông tin kế hoạch của Sở Y tế về triển khai bệnh án điện tử toàn tỉnh và những "
              "điểm mới về thanh toán bảo hiểm y tế từ ngày 01/7/2025. Tháng 6, khoa tiếp nhận 642 lượt người bệnh "
              "nội trú, công suất giường bình quân 128%; triển khai thường quy kỹ thuật đặt máy tạo nhịp tạm "
              "thời; không để xảy ra sai sót chuyên môn. Tồn tại: bệnh án điện tử của một số ca chuyển viện hoàn "
              "thiện chậm; buồng bệnh tầng 3 quá tải vào cuối tuần, người bệnh phải nằm ghép; còn 11 hồ sơ nợ viện "
              "phí kéo dài từ quý I."),
            H("Phần II. Thảo luận"),
            L("– Đồng chí Lê Văn Sáng, Trưởng khoa: đề nghị chi bộ cho chủ trương kê thêm 06 giường lưu ở hành "
              "lang phía đông; cuối tuần điều chuyển 02 điều dưỡng từ phòng khám lên buồng bệnh."),
            L("– Đồng chí Trần Thị Thu Hà, Điều dưỡng trưởng: bệnh án điện tử chậm chủ yếu rơi vào ca trực đêm; "
              "đề nghị có người kiểm tra chéo vào đầu tuần."),
            L("– Đồng chí Phan Đình Lộc: hai đảng viên trẻ chưa nộp bài thu hoạch học tập nghị quyết, đề nghị chi "
              "bộ nhắc nhở."),
            H("Phần III. Kết luận của đồng chí Phó Bí thư chủ trì"),
            P("Thay mặt chi ủy, đồng chí Nguyễn Thị Hải Yến kết luận:"),
            L("1. Chi bộ đồng ý chủ trương kê thêm 06 giường lưu. Đồng chí Lê Văn Sáng chịu trách nhiệm lập "
              "phương án, trình Ban Giám đốc trước ngày 20/7/2025."),
            L("2. Đồng chí Trần Thị Thu Hà và đồng chí Võ Thị Phương có trách nhiệm xếp lịch tăng cường điều dưỡng "
              "cho thứ Bảy, Chủ nhật, xong trước thứ Sáu tuần này."),
            L("3. Đồng chí Phan Đình Lộc được phân công kiểm tra chéo bệnh án điện tử của các ca trực đêm vào sáng "
              "thứ Hai hằng tuần."),
            L("4. Tổ hành chính khoa phụ trách đối chiếu, đôn đốc thu 11 hồ sơ nợ viện phí; hoàn thành trong quý "
              "III/2025."),
            L("5. Đồng chí Nguyễn Đức Anh và đồng chí Đậu Thị Mai nộp bài thu hoạch cho chi ủy trước ngày "
              "25/7/2025. Mỗi đảng viên tiếp tục giữ thái độ ân cần với người bệnh, không để xảy ra phàn nàn."),
            H("Phần IV. Biểu quyết"),
            P("Chi bộ biểu quyết thông qua kết luận: 15/15 đồng chí có mặt nhất trí, đạt 100%."),
            P("Sinh hoạt kết thúc lúc 17 giờ 50 phút cùng ngày. Biên bản được đọc lại trước chi bộ, các đồng chí "
              "dự họp không có ý kiến khác và nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Hồ Sỹ Quang"], ["T/M CHI ỦY", "PHÓ BÍ THƯ", "", "", "Nguyễn Thị Hải Yến"]),
        ],
        "truth": minute(
            meeting("regular", "2025-07-14", "16:00", "17:50", "phòng giao ban Khoa Nội tim mạch",
                    "CHI BỘ KHOA NỘI TIM MẠCH", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH NGHỆ AN"),
            "Nguyễn Thị Hải Yến", "Phó Bí thư chi bộ", "Hồ Sỹ Quang",
            attendance(16, 15, 1, 1, 0, 0,
                       [("Thái Doãn Hùng", "đi học lớp cao cấp lý luận chính trị tập trung", True)]),
            True,
            [vote("Kết luận của đồng chí chủ trì", 15, None, None, 100)],
            [task("Lê Văn Sáng", "lập phương án, trình Ban Giám đốc", "20/7/2025"),
             task("Trần Thị Thu Hà", "xếp lịch tăng cường điều dưỡng cho thứ Bảy, Chủ nhật", "thứ Sáu tuần này"),
             task("Võ Thị Phương", "xếp lịch tăng cường điều dưỡng cho thứ Bảy, Chủ nhật", "thứ Sáu tuần này"),
             task("Phan Đình Lộc", "kiểm tra chéo bệnh án điện tử của các ca trực đêm",
                  "sáng thứ Hai hằng tuần"),
             task("Tổ hành chính khoa", "đối chiếu, đôn đốc thu 11 hồ sơ nợ viện phí", "quý III/2025"),
             task("Nguyễn Đức Anh", "nộp bài thu hoạch cho chi ủy", "25/7/2025"),
             task("Đậu Thị Mai", "nộp bài thu hoạch cho chi ủy", "25/7/2025")],
            []),
    }],
})


# k03 — Quảng Nam school, thematic: tasks under "Phân công thực hiện", the content voted, but the chair only
# thanks everyone and closes.
DOCS.append({
    "name": "k03-quangnam-school-thematic-thanks-only", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 20, "spacing": 1.3, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG CẨM PHÔ", "CHI BỘ TRƯỜNG THCS", "NGUYỄN DUY HIỆU", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hội An, ngày 18 tháng 10 năm 2024"], bold_left=(1, 2)),
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ"),
            C("Quý IV năm 2024", bold=False),
            C("Chuyên đề: Xây dựng phong cách người thầy mẫu mực, gần gũi học sinh theo tấm gương đạo đức "
              "Hồ Chí Minh", bold=False, italic=True),
            G(6),
            L("- Thời gian: từ 14 giờ 00 đến 16 giờ 10, thứ Sáu ngày 18/10/2024."),
            L("- Địa điểm: phòng họp Hội đồng sư phạm nhà trường."),
            L("- Đảng viên dự: 13/14; vắng đồng chí Trương Thị Bích Liên (đi chấm thi giáo viên dạy giỏi cấp "
              "thành phố)."),
            L("- Chủ trì: đồng chí Lê Quang Thịnh, Bí thư chi bộ – Hiệu trưởng. Thư ký: đồng chí Nguyễn Thị Kim "
              "Oanh."),
            H("I. Trình bày chuyên đề"),
            P("Đồng chí Phan Văn Dũng, Phó Bí thư chi bộ, Phó Hiệu trưởng, trình bày chuyên đề gồm ba phần: những "
              "lời dạy của Bác về người thầy; thực trạng phong cách làm việc, ứng xử của giáo viên nhà trường năm "
              "học 2023–2024; các việc làm cụ thể trong năm học 2024–2025. Chuyên đề chỉ ra còn một số giáo viên "
              "la mắng học sinh trước lớp, giao bài tập về nhà quá nhiều, ít liên lạc với gia đình học sinh cá "
              "biệt."),
            H("II. Thảo luận"),
            P("Đồng chí Huỳnh Thị Mỹ Lệ (tổ Ngữ văn) kể lại chuyến đến nhà một em lớp 8/3 nghỉ học hai tuần để "
              "phụ mẹ bán hàng ở chợ; theo đồng chí, nếu giáo viên chủ nhiệm không đến tận nhà thì em đã nghỉ hẳn."),
            P("Đồng chí Võ Tấn Phát (tổ Toán – Tin) thẳng thắn nhận mình còn nóng tính khi học sinh không làm bài; "
              "đề nghị nhà trường bớt các cuộc thi, hồ sơ để giáo viên có thời gian gần học sinh hơn."),
            P("Đồng chí Đinh Thị Hoa, Tổng phụ trách Đội, đề nghị mỗi lớp đặt một hộp thư “Điều em muốn nói” và "
              "giáo viên trả lời thư của các em ngay trong tuần."),
            H("III. Phân công thực hiện"),
            P("Đồng chí Phan Văn Dũng phụ trách xây dựng bộ tiêu chí “giờ học thân thiện” để dự giờ, góp ý trong "
              "học kỳ I."),
            P("Tổ Ngữ văn và tổ Toán – Tin có trách nhiệm tổ chức mỗi tổ một buổi sinh hoạt chuyên môn theo hướng "
              "nghiên cứu bài học, xong trước 30/11/2024."),
            P("Đồng chí Đinh Thị Hoa chịu trách nhiệm đặt hộp thư ở các lớp, tổng hợp thư của học sinh gửi Ban "
              "Giám hiệu hằng tuần."),
            P("Đồng chí Huỳnh Thị Mỹ Lệ tiếp tục theo dõi, giúp đỡ em học sinh lớp 8/3 đến hết học kỳ I."),
            H("IV. Biểu quyết"),
            P("Chi bộ nhất trí 100% với nội dung chuyên đề và phân công thực hiện."),
            P("Đồng chí Bí thư cảm ơn đồng chí Phan Văn Dũng đã chuẩn bị chuyên đề chu đáo, cảm ơn các đồng chí đã "
              "phát biểu thẳng thắn, chân thành; chúc các thầy cô mạnh khỏe, hoàn thành tốt nhiệm vụ năm học và "
              "tuyên bố kết thúc buổi sinh hoạt."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 10 phút. Biên bản đã được thông qua trước chi bộ."),
            S(["THƯ KÝ", "", "", "Nguyễn Thị Kim Oanh"], ["CHỦ TRÌ", "", "", "Lê Quang Thịnh"]),
        ],
        "truth": minute(
            meeting("thematic", "2024-10-18", "14:00", "16:10", "phòng họp Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG THCS NGUYỄN DUY HIỆU", "ĐẢNG BỘ PHƯỜNG CẨM PHÔ",
                    topic="Xây dựng phong cách người thầy mẫu mực, gần gũi học sinh theo tấm gương đạo đức "
                          "Hồ Chí Minh"),
            "Lê Quang Thịnh", "Bí thư chi bộ", "Nguyễn Thị Kim Oanh",
            attendance(14, 13, 1, 1, 0, 0,
                       [("Trương Thị Bích Liên", "đi chấm thi giáo viên dạy giỏi cấp thành phố", True)]),
            False,
            [vote("Nội dung chuyên đề và phân công thực hiện", None, None, None, 100)],
            [task("Phan Văn Dũng", "xây dựng bộ tiêu chí “giờ học thân thiện” để dự giờ, góp ý", "học kỳ I"),
             task("Tổ Ngữ văn", "tổ chức mỗi tổ một buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học",
                  "30/11/2024"),
             task("tổ Toán – Tin", "tổ chức mỗi tổ một buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học",
                  "30/11/2024"),
             task("Đinh Thị Hoa", "đặt hộp thư ở các lớp, tổng hợp thư của học sinh gửi Ban Giám hiệu",
                  "hằng tuần"),
             task("Huỳnh Thị Mỹ Lệ", "theo dõi, giúp đỡ em học sinh lớp 8/3", "hết học kỳ I")],
            ["missing_conclusion"]),
    }],
})


# k04 — Huế retired cadres: the chair only "ghi nhận" and promises answers next time; the plan is collective;
# "Kết luận số 21-KL/TW" is a document. Low attendance, two members absent without notice. One page.
DOCS.append({
    "name": "k04-hue-retired-ghinhan-collective-low", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": False, "indent": 26, "spacing": 1.25, "top": 45,
              "bottom": 45, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG VỸ DẠ", "CHI BỘ HƯU TRÍ KHU VỰC 3", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Huế, ngày 12 tháng 3 năm 2025"]),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 3 NĂM 2025"),
            G(6),
            P("Hôm nay, lúc 8 giờ 00 ngày 12/3/2025, tại nhà riêng đồng chí Tôn Thất Bình, số 14 kiệt 45 Nguyễn "
              "Sinh Cung, Chi bộ hưu trí khu vực 3 họp thường kỳ tháng 3."),
            P("Chi bộ có 31 đảng viên, 09 đồng chí được miễn sinh hoạt vì tuổi cao, sức yếu. Dự họp 17 đồng chí. "
              "Vắng 05: các đồng chí Hồ Văn Tư, Lê Thị Sen nằm viện; đồng chí Nguyễn Khoa Nhật vào Sài Gòn thăm "
              "con; đồng chí Phan Thị Lài và đồng chí Trần Đình Ba không báo lý do."),
            P("Đồng chí Tôn Thất Bình, Bí thư chi bộ, chủ trì; đồng chí Đặng Thị Thanh Tâm ghi biên bản."),
            P("Đồng chí Bí thư phổ biến tinh thần Kết luận số 21-KL/TW của Ban Chấp hành Trung ương về đẩy mạnh "
              "xây dựng, chỉnh đốn Đảng và hệ thống chính trị, liên hệ với việc sắp xếp lại các tổ dân phố của "
              "phường; thông báo lịch khám sức khỏe định kỳ cho đảng viên từ 80 tuổi trở lên."),
            P("Ý kiến của đảng viên:"),
            L("- Đồng chí Lê Bá Khiêm: kiệt 45 mùa mưa nào cũng ngập, chi bộ đã kiến nghị từ năm ngoái mà phường "
              "chưa trả lời."),
            L("- Đồng chí Trương Thị Hạnh: hỏi chế độ thăm hỏi đảng viên ốm đau sau khi khu vực 3 nhập với khu "
              "vực 4."),
            L("- Đồng chí Nguyễn Văn Xuân: một số hộ kinh doanh để bàn ghế lấn vỉa hè trước chợ Vỹ Dạ."),
            P("Đồng chí chủ trì ghi nhận các ý kiến trên; những việc thuộc thẩm quyền của phường, chi bộ sẽ tổng "
              "hợp báo cáo Đảng ủy phường và trả lời đảng viên ở kỳ họp sau."),
            P("Nhiệm vụ tháng 4: toàn chi bộ tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
              "Minh; các đảng viên gương mẫu chấp hành chủ trương sắp xếp tổ dân phố, vận động con cháu giữ gìn "
              "vệ sinh môi trường; phấn đấu 100% đảng viên đóng đảng phí đúng hạn."),
            P("Chi bộ biểu quyết nhiệm vụ tháng 4: 17/17 đồng chí dự họp giơ tay tán thành."),
            P("Cuộc họp kết thúc lúc 9 giờ 45 phút. Biên bản đã đọc lại, chi bộ thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "Đặng Thị Thanh Tâm"], ["BÍ THƯ", "", "Tôn Thất Bình"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-12", "08:00", "09:45",
                    "nhà riêng đồng chí Tôn Thất Bình, số 14 kiệt 45 Nguyễn Sinh Cung",
                    "CHI BỘ HƯU TRÍ KHU VỰC 3", "ĐẢNG BỘ PHƯỜNG VỸ DẠ"),
            "Tôn Thất Bình", "Bí thư chi bộ", "Đặng Thị Thanh Tâm",
            attendance(31, 17, 5, 3, 2, 9,
                       [("Hồ Văn Tư", "nằm viện", True), ("Lê Thị Sen", "nằm viện", True),
                        ("Nguyễn Khoa Nhật", "vào Sài Gòn thăm con", True),
                        ("Phan Thị Lài", "không báo lý do", False), ("Trần Đình Ba", "không báo lý do", False)]),
            False,
            [vote("Nhiệm vụ tháng 4", 17, None, None, None)],
            [],
            ["low_attendance", "missing_assignments", "missing_conclusion", "unexcused_absence"]),
    }],
    "scans": [{"name": "k12-hue-retired-scan-photocopy", "folder": "dev", "damage": "photocopy", "seed": 9112,
               "dpi": 200}],
})


# k05 — Đà Nẵng software company, online + on site: "chi bộ nhất trí: …" as the summing up with no heading;
# tasks with "theo dõi", "chịu trách nhiệm", a group "Tổ 2", "Chi đoàn công ty"; nobody votes; 65 minutes.
DOCS.append({
    "name": "k05-danang-software-online-no-vote-65min", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 0, "spacing": 1.35, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ KHỐI DOANH NGHIỆP", "CHI BỘ CÔNG TY CỔ PHẦN", "PHẦN MỀM SƠN TRÀ", "Số: 11-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 06 tháng 8 năm 2025"], bold_left=(1, 2)),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8/2025"),
            C("(Hình thức: trực tiếp kết hợp trực tuyến)", bold=False, italic=True),
            G(6),
            L("Thời gian: 17h30 – 18h35, thứ Tư ngày 06/8/2025."),
            L("Điểm cầu chính: phòng họp tầng 5, tòa nhà Sơn Trà Software; các điểm cầu khác kết nối qua Google "
              "Meet."),
            L("Đảng viên tham dự: 12/12 đồng chí (07 đồng chí tại điểm cầu chính, 05 đồng chí trực tuyến, trong đó "
              "02 đồng chí đang công tác tại Nhật Bản)."),
            L("Chủ trì: đ/c Nguyễn Hữu Phước – Bí thư chi bộ, Phó Tổng giám đốc."),
            L("Thư ký: đ/c Lê Thị Hồng Nhung."),
            H("1. Tình hình tháng 7"),
            L("Đ/c Bí thư báo cáo: giai đoạn 1 dự án quản lý kho cho đối tác Nhật Bản nghiệm thu đúng hạn; doanh "
              "thu tháng 7 đạt 108% kế hoạch; 03 kỹ sư nghỉ việc (tỷ lệ 1,4%), trong đó 02 người chuyển sang công "
              "ty nước ngoài. Hồ sơ đề nghị kết nạp quần chúng Võ Thanh Tùng còn thiếu nhận xét của chi bộ nơi "
              "cư trú."),
            H("2. Ý kiến"),
            L("- Đ/c Trần Minh Khoa: giai đoạn 2 khối lượng gấp đôi, đề nghị điều thêm người từ nhóm dự án nội bộ "
              "sang."),
            L("- Đ/c Phạm Thị Ngọc Ánh: kỹ sư trẻ nghỉ việc chủ yếu vì chưa thấy lộ trình phát triển; công đoàn và "
              "chi đoàn nên có buổi đối thoại."),
            L("- Đ/c Đoàn Văn Tín (kết nối từ Tokyo): khách hàng yêu cầu kiểm tra lại quy trình bảo mật dữ liệu "
              "trước khi bàn giao."),
            L("Kết thúc phần trao đổi, chi bộ nhất trí: tháng 8 ưu tiên số một là bàn giao giai đoạn 2 đúng hạn và "
              "an toàn dữ liệu; tổ chức đối thoại với kỹ sư trẻ để giữ người; sớm hoàn thiện hồ sơ kết nạp đảng "
              "viên mới; vận động người lao động ủng hộ đồng bào bị thiệt hại do mưa lũ."),
            H("3. Phân công"),
            L("- Đ/c Trần Minh Khoa theo dõi tiến độ bàn giao giai đoạn 2, báo cáo chi ủy vào thứ Sáu hằng tuần."),
            L("- Đ/c Phạm Thị Ngọc Ánh, đ/c Đoàn Văn Tín hoàn thiện hồ sơ kết nạp quần chúng Võ Thanh Tùng, nộp "
              "Đảng ủy Khối trước 25/8/2025."),
            L("- Tổ 2 (khối kiểm thử) chịu trách nhiệm rà soát quy trình bảo mật dữ liệu khách hàng, xong trong "
              "tháng 8."),
            L("- Chi đoàn công ty phối hợp Công đoàn tổ chức buổi đối thoại với kỹ sư trẻ."),
            L("- Đ/c Lê Thị Hồng Nhung phát động quyên góp ủng hộ đồng bào vùng lũ, chậm nhất ngày 15/8."),
            G(4),
            L("Biên bản được thư ký đọc lại trên màn hình chia sẻ; các đồng chí dự họp đều nhất trí."),
            L("Cuộc họp kết thúc lúc 18h35 cùng ngày."),
            S(["THƯ KÝ", "", "Lê Thị Hồng Nhung"], ["CHỦ TRÌ", "", "Nguyễn Hữu Phước"]),
        ],
        "truth": minute(
            meeting("regular", "2025-08-06", "17:30", "18:35", "phòng họp tầng 5, tòa nhà Sơn Trà Software",
                    "CHI BỘ CÔNG TY CỔ PHẦN PHẦN MỀM SƠN TRÀ", "ĐẢNG BỘ KHỐI DOANH NGHIỆP"),
            "Nguyễn Hữu Phước", "Bí thư chi bộ", "Lê Thị Hồng Nhung",
            attendance(12, 12, 0, 0, 0, 0),
            True,
            [],
            [task("Trần Minh Khoa", "theo dõi tiến độ bàn giao giai đoạn 2, báo cáo chi ủy", "thứ Sáu hằng tuần"),
             task("Phạm Thị Ngọc Ánh", "hoàn thiện hồ sơ kết nạp quần chúng Võ Thanh Tùng, nộp Đảng ủy Khối",
                  "25/8/2025"),
             task("Đoàn Văn Tín", "hoàn thiện hồ sơ kết nạp quần chúng Võ Thanh Tùng, nộp Đảng ủy Khối",
                  "25/8/2025"),
             task("Tổ 2", "rà soát quy trình bảo mật dữ liệu khách hàng", "tháng 8"),
             task("Chi đoàn công ty", "phối hợp Công đoàn tổ chức buổi đối thoại với kỹ sư trẻ", None),
             task("Lê Thị Hồng Nhung", "phát động quyên góp ủng hộ đồng bào vùng lũ", "15/8")],
            ["missing_vote", "short_meeting"]),
    }],
})


# k06 — Quảng Ngãi army company: conclusion under a heading without the word "kết luận"; the month's tasks
# are those the battalion committee gave the cell as a whole, plus a call to every member. Ranks.
DOCS.append({
    "name": "k06-quangngai-army-upper-tasks-only", "folder": "dev",
    "style": {"family": "serif", "size": 14, "justify": True, "indent": 36, "spacing": 1.5, "para_gap": 6,
              "left": 85, "right": 60, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRUNG ĐOÀN 143", "ĐẢNG BỘ TIỂU ĐOÀN 2", "CHI BỘ ĐẠI ĐỘI 6", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Ngãi, ngày 25 tháng 9 năm 2024"], bold_left=(2,)),
            C("BIÊN BẢN"),
            C("HỌP CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2024"),
            G(6),
            L("1. Thời gian: 19 giờ 00 ngày 25/9/2024."),
            L("2. Địa điểm: hội trường Đại đội 6."),
            L("3. Quân số: đảng viên của chi bộ 11 đồng chí, có mặt 10 đồng chí; vắng 01 đồng chí (Thượng sĩ "
              "Huỳnh Tấn Lực đi làm nhiệm vụ tại Sở chỉ huy Trung đoàn)."),
            L("4. Chủ trì: Đại úy Phạm Ngọc Toàn, Bí thư chi bộ, Chính trị viên đại đội."),
            L("5. Thư ký: Thượng sĩ Lê Văn Hào."),
            H("I. THÔNG TIN THỜI SỰ, QUÁN TRIỆT NHIỆM VỤ"),
            P("Đồng chí Bí thư thông tin: hậu quả cơn bão số 3 (Yagi) ở các tỉnh phía Bắc và việc Quân đội huy "
              "động hàng chục nghìn cán bộ, chiến sĩ giúp dân; tình hình trên Biển Đông thời gian gần đây; quán "
              "triệt chỉ thị của Bộ Tư lệnh Quân khu 5 về chủ động phòng, chống thiên tai, tìm kiếm cứu nạn mùa "
              "mưa bão năm 2024 và các quy định bảo đảm an toàn khi tham gia giúp dân."),
            P("Đồng chí nhấn mạnh: mùa mưa bão ở Quảng Ngãi thường tập trung vào tháng 10, tháng 11; đơn vị phải "
              "chuẩn bị sẵn sàng từ sớm, không để bị động như năm 2023."),
            H("II. KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ THÁNG 9"),
            P("Chi bộ đã lãnh đạo đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu; hoàn thành 100% nội dung "
              "huấn luyện theo kế hoạch, kiểm tra bắn súng bài 1 đạt 86% khá, giỏi; giúp nhân dân xã Bình Châu "
              "khắc phục hậu quả mưa lớn với 320 ngày công. Tư tưởng bộ đội ổn định, không có vi phạm kỷ luật. "
              "Hạn chế: một số chiến sĩ mới còn chậm thích nghi; tăng gia sản xuất của trung đội 3 chưa đạt chỉ "
              "tiêu."),
            H("III. THẢO LUẬN"),
            P("Trung úy Bùi Văn Nhật, Phó Bí thư chi bộ, Đại đội trưởng: thống nhất với báo cáo; đề nghị tháng 10 "
              "ưu tiên luyện tập bơi vượt sông, sử dụng xuồng máy vì mùa mưa bão đã đến gần."),
            P("Thiếu úy Đặng Quốc Huy, Trung đội trưởng trung đội 1: có hai chiến sĩ mới nhớ nhà, đề nghị chi bộ "
              "quan tâm gặp gỡ, động viên."),
            P("Trung sĩ Nguyễn Văn Thịnh, đảng viên dự bị: tự nhận còn chậm trong học tập nghị quyết, hứa khắc "
              "phục ngay trong tháng."),
            P("Thượng úy Trương Công Minh, Phó Chính trị viên đại đội: báo cáo bếp ăn đã sửa xong mái che, khẩu "
              "phần ăn bảo đảm; đề nghị chi bộ chỉ đạo trung đội 3 gieo lại rau sau đợt mưa lớn."),
            H("IV. ĐỒNG CHÍ BÍ THƯ TỔNG HỢP, ĐỊNH HƯỚNG"),
            P("Đồng chí Bí thư tổng hợp ý kiến và thống nhất: tháng 9 đơn vị hoàn thành tốt nhiệm vụ, cần phát "
              "huy. Tháng 10 chi bộ tập trung lãnh đạo ba việc: một là, sẵn sàng lực lượng, phương tiện tham gia "
              "phòng chống lụt bão, tìm kiếm cứu nạn; hai là, huấn luyện bơi vượt sông, kiểm tra bắn đạn thật bài "
              "1 đạt khá trở lên; ba là, làm tốt công tác tư tưởng cho chiến sĩ mới, không để xảy ra vụ việc mất "
              "an toàn."),
            H("V. NHIỆM VỤ THÁNG 10"),
            P("Đảng ủy Tiểu đoàn 2 giao Chi bộ Đại đội 6: lãnh đạo đơn vị sẵn sàng 01 trung đội ứng cứu lụt bão "
              "khi có lệnh; hoàn thành kiểm tra bắn đạn thật trước ngày 20/10/2024; bảo đảm an toàn tuyệt đối về "
              "người, vũ khí, trang bị."),
            P("Các đồng chí đảng viên gương mẫu chấp hành kỷ luật, quan tâm nắm tư tưởng chiến sĩ trong giờ nghỉ, "
              "ngày nghỉ."),
            H("VI. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết thông qua nghị quyết lãnh đạo tháng 10: 10/10 đồng chí tán thành, đạt 100%."),
            P("Hội nghị kết thúc lúc 21 giờ 00 cùng ngày. Biên bản đã đọc lại, hội nghị nhất trí thông qua."),
            S(["THƯ KÝ", "", "Thượng sĩ Lê Văn Hào"], ["BÍ THƯ", "", "Đại úy Phạm Ngọc Toàn"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-25", "19:00", "21:00", "hội trường Đại đội 6",
                    "CHI BỘ ĐẠI ĐỘI 6", "ĐẢNG BỘ TIỂU ĐOÀN 2"),
            "Phạm Ngọc Toàn", "Bí thư chi bộ", "Lê Văn Hào",
            attendance(11, 10, 1, 1, 0, 0,
                       [("Huỳnh Tấn Lực", "đi làm nhiệm vụ tại Sở chỉ huy Trung đoàn", True)]),
            True,
            [vote("Nghị quyết lãnh đạo tháng 10", 10, None, None, 100)],
            [],
            ["missing_assignments"]),
    }],
})


# k07 — Bình Định ward police, a typed form: the conclusion field is left as dots, and the tasks are
# "chi ủy sẽ phân công cụ thể sau".
DOCS.append({
    "name": "k07-binhdinh-police-form-dots-tasks-later", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.4, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY CÔNG AN TP QUY NHƠN", "CHI BỘ CÔNG AN PHƯỜNG", "GHỀNH RÁNG", "Số: 04-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ghềnh Ráng, ngày 03 tháng 4 năm 2025"], bold_left=(1, 2)),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ"),
            C("Tháng 4 năm 2025", bold=False),
            G(8),
            L("1. Thời gian bắt đầu: 14 giờ 00 phút, ngày 03/4/2025."),
            L("2. Địa điểm: Hội trường Công an phường."),
            L("3. Tổng số đảng viên: 14; có mặt: 13; vắng: 01 (Đại úy Võ Minh Triết – trực ban)."),
            L("4. Khách mời: không."),
            L("5. Chủ trì: Thượng tá Trần Quốc Dũng – Bí thư chi bộ, Trưởng Công an phường."),
            L("6. Thư ký: Thiếu tá Nguyễn Thị Mỹ Duyên."),
            L("7. Nội dung sinh hoạt:"),
            L("a) Đánh giá kết quả thực hiện nhiệm vụ tháng 3/2025:", italic=True),
            P("Tiếp nhận, giải quyết 17 tin báo; làm rõ 02 vụ trộm cắp tài sản tại khu du lịch Ghềnh Ráng, bắt "
              "03 đối tượng; cấp 612 thẻ căn cước, kích hoạt 540 tài khoản định danh điện tử mức 2; tuần tra, kiểm "
              "soát 26 ca. Hạn chế: còn đỗ xe lấn chiếm lòng đường khu vực bãi tắm Hoàng Hậu; làm sạch dữ liệu dân "
              "cư chậm so với yêu cầu.", indent=16),
            L("b) Ý kiến thảo luận:", italic=True),
            L("- Đại úy Lê Hoàng Phúc (Cảnh sát khu vực): đề nghị phối hợp Ban quản lý khu du lịch lắp thêm camera "
              "ở bãi đỗ xe."),
            L("- Thượng úy Đào Thị Kim Ngân: dữ liệu dân cư chậm vì nhiều người thuê trọ đi làm ăn xa, phải liên "
              "hệ qua điện thoại."),
            L("- Trung tá Huỳnh Văn Bảy (Phó Trưởng Công an phường): lưu ý cao điểm du lịch dịp 30/4 – 1/5 trùng "
              "lễ kỷ niệm 50 năm Ngày Giải phóng hoàn toàn miền Nam."),
            L("c) Kết luận của đồng chí chủ trì:", italic=True),
            L("……………………………………………………………………………………"),
            L("d) Phương hướng, nhiệm vụ tháng 4/2025:", italic=True),
            P("Tiếp tục mở đợt cao điểm tấn công, trấn áp tội phạm; bảo đảm tuyệt đối an ninh, trật tự các hoạt "
              "động kỷ niệm 50 năm Ngày Giải phóng hoàn toàn miền Nam, thống nhất đất nước; hoàn thành làm sạch dữ "
              "liệu dân cư; xử lý dứt điểm việc đỗ xe lấn chiếm lòng đường.", indent=16),
            L("đ) Phân công thực hiện: chi ủy sẽ phân công cụ thể sau khi có kế hoạch bảo vệ đại lễ của Công an "
              "thành phố."),
            L("8. Biểu quyết: tán thành 13/13 đồng chí, đạt 100%; không tán thành: 0; ý kiến khác: 0."),
            L("9. Buổi sinh hoạt kết thúc lúc 16 giờ 00 phút cùng ngày. Biên bản đã được thông qua trước chi bộ."),
            S(["THƯ KÝ", "", "", "Thiếu tá Nguyễn Thị Mỹ Duyên"], ["CHỦ TRÌ", "", "", "Thượng tá Trần Quốc Dũng"]),
        ],
        "truth": minute(
            meeting("regular", "2025-04-03", "14:00", "16:00", "Hội trường Công an phường",
                    "CHI BỘ CÔNG AN PHƯỜNG GHỀNH RÁNG", "ĐẢNG ỦY CÔNG AN TP QUY NHƠN"),
            "Trần Quốc Dũng", "Bí thư chi bộ", "Nguyễn Thị Mỹ Duyên",
            attendance(14, 13, 1, 1, 0, 0, [("Võ Minh Triết", "trực ban", True)]),
            False,
            [vote("Phương hướng, nhiệm vụ tháng 4/2025", 13, 0, 0, 100)],
            [],
            ["missing_assignments", "missing_conclusion", "unfilled_template"]),
    }],
})


# k08 — Hà Tĩnh commune office: the secretary sums up the discussion, a guest gives directions, the chair
# only "tiếp thu" and closes; "kết luận thanh tra" is an inspection's findings. Never read back.
DOCS.append({
    "name": "k08-hatinh-commune-secretary-summary-guest", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 28, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ CẨM DUỆ", "CHI BỘ CƠ QUAN UBND XÃ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cẩm Duệ, ngày 08 tháng 5 năm 2024"]),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 5/2024"),
            G(6),
            P("Vào lúc 14 giờ 00 ngày 08/5/2024, tại phòng họp tầng 2 trụ sở UBND xã, Chi bộ Cơ quan UBND xã tiến "
              "hành sinh hoạt định kỳ tháng 5."),
            P("Đảng viên: tổng số 20, có mặt 18, vắng 02 (đồng chí Nguyễn Thị Thanh Thủy nghỉ sinh con, đồng chí "
              "Phạm Văn Hoan đi tập huấn tại huyện)."),
            P("Đại biểu dự: đồng chí Hoàng Văn Lương, Phó Bí thư Thường trực Đảng ủy xã."),
            P("Chủ trì: đồng chí Lê Đình Tâm, Bí thư chi bộ, Chủ tịch UBND xã. Thư ký: đồng chí Trần Thị Hương "
              "Giang."),
            H("1. Kết quả tháng 4, nhiệm vụ tháng 5"),
            P("Đồng chí Bí thư trình bày báo cáo của chi ủy: thu ngân sách 4 tháng đạt 41% dự toán; chi trả xong "
              "chế độ chính sách quý II; tiếp tục khắc phục tồn tại theo kết luận thanh tra của Thanh tra huyện về "
              "quản lý, sử dụng đất đai giai đoạn 2019–2023: đã thu hồi 02 trường hợp giao đất sai thẩm quyền, còn "
              "03 hồ sơ đang hoàn thiện. Nhiệm vụ tháng 5: dứt điểm các hồ sơ đất đai sau thanh tra; chuẩn bị diễn "
              "tập phòng chống thiên tai; chống hạn cho lúa hè thu."),
            H("2. Thảo luận"),
            P("Đồng chí Võ Thị Hằng (Văn hóa – Xã hội) đề nghị sớm công khai kết quả xử lý sau thanh tra tại các "
              "thôn để dân nắm, tránh phát sinh đơn thư."),
            P("Đồng chí Đặng Quốc Khánh (Chỉ huy trưởng Quân sự xã) cho biết phương án diễn tập năm nay có thêm "
              "tình huống sạt lở bờ sông Rào Cái."),
            P("Đồng chí Nguyễn Văn Hậu (Địa chính – Xây dựng) nêu khó khăn: 03 hồ sơ còn lại vướng ranh giới với xã "
              "bên cạnh, cần huyện hỗ trợ đo đạc."),
            P("Thư ký tổng hợp ý kiến: các đồng chí đều thống nhất với báo cáo, tập trung vào ba việc là xử lý "
              "dứt điểm hồ sơ đất đai sau thanh tra, chuẩn bị diễn tập, công khai kết quả cho nhân dân."),
            P("Đồng chí Hoàng Văn Lương, Phó Bí thư Thường trực Đảng ủy xã, phát biểu chỉ đạo: chi bộ cơ quan phải "
              "làm gương trong thực hiện kết luận thanh tra; hồ sơ nào vướng ranh giới thì báo cáo ngay Thường trực "
              "Đảng ủy để đề nghị huyện hỗ trợ; cán bộ, công chức tuyệt đối không gây phiền hà cho dân."),
            H("3. Phân công"),
            P("Giao đồng chí Nguyễn Văn Hậu hoàn thiện 03 hồ sơ đất đai còn lại, báo cáo Thường trực Đảng ủy trước "
              "ngày 31/5/2024; đồng chí Đặng Quốc Khánh xây dựng phương án diễn tập phòng chống thiên tai năm 2024, "
              "trình UBND xã trong tháng 5; đồng chí Võ Thị Hằng phụ trách công khai kết quả xử lý sau thanh tra tại "
              "9 thôn."),
            P("Chi bộ biểu quyết thông qua phương hướng, nhiệm vụ tháng 5 với 18/18 đồng chí tán thành."),
            P("Đồng chí chủ trì tiếp thu ý kiến chỉ đạo của đồng chí Phó Bí thư Thường trực, cảm ơn các đồng chí dự "
              "họp và tuyên bố bế mạc. Cuộc họp kết thúc lúc 16 giờ 20 phút cùng ngày."),
            S(["THƯ KÝ", "", "", "Trần Thị Hương Giang"], ["CHỦ TRÌ", "", "", "Lê Đình Tâm"]),
        ],
        "truth": minute(
            meeting("regular", "2024-05-08", "14:00", "16:20", "phòng họp tầng 2 trụ sở UBND xã",
                    "CHI BỘ CƠ QUAN UBND XÃ", "ĐẢNG BỘ XÃ CẨM DUỆ"),
            "Lê Đình Tâm", "Bí thư chi bộ", "Trần Thị Hương Giang",
            attendance(20, 18, 2, 2, 0, 0,
                       [("Nguyễn Thị Thanh Thủy", "nghỉ sinh con", True),
                        ("Phạm Văn Hoan", "đi tập huấn tại huyện", True)],
                       [("Hoàng Văn Lương", "Phó Bí thư Thường trực Đảng ủy xã")]),
            False,
            [vote("Phương hướng, nhiệm vụ tháng 5", 18, None, None, None)],
            [task("Nguyễn Văn Hậu", "hoàn thiện 03 hồ sơ đất đai còn lại, báo cáo Thường trực Đảng ủy",
                  "31/5/2024"),
             task("Đặng Quốc Khánh", "xây dựng phương án diễn tập phòng chống thiên tai năm 2024, trình UBND xã",
                  "tháng 5"),
             task("Võ Thị Hằng", "công khai kết quả xử lý sau thanh tra tại 9 thôn", None)],
            ["missing_conclusion", "not_approved"]),
    }],
})


# k09 — a minute BOOK, Quảng Trị village cell, June–November 2024, typed on continuously.
_AT_CELL, _AT_COMM = "CHI BỘ THÔN AN THÁI", "ĐẢNG BỘ XÃ HẢI THƯỢNG"
_AT_SIGN = S(["THƯ KÝ", "Lê Thị Thu Sương"], ["BÍ THƯ", "Nguyễn Văn Lộc"])
DOCS.append({
    "name": "k09-quangtri-village-book-jun-nov-2024", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 24, "spacing": 1.25, "para_gap": 2,
              "head": "Sổ biên bản sinh hoạt Chi bộ thôn An Thái – năm 2024", "head_align": "right",
              "foot": "- {n} -"},
    "between": 22,
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
    "minutes": [
        {   # June: regular combined with the Q2 thematic meeting; conclusion that gives the tasks
            "blocks": [
                HD(["ĐẢNG BỘ XÃ HẢI THƯỢNG", "CHI BỘ THÔN AN THÁI", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Thượng, ngày 07 tháng 6 năm 2024"]),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2024"),
                C("(kết hợp sinh hoạt chuyên đề quý II)", bold=False, italic=True),
                C("Chuyên đề: Phát huy vai trò nêu gương của đảng viên trong xây dựng thôn nông thôn mới kiểu mẫu",
                  bold=False),
                G(4),
                P("Thời gian: từ 19 giờ 30 đến 21 giờ 45 ngày 07/6/2024. Địa điểm: Nhà văn hóa thôn An Thái."),
                P("Tổng số đảng viên 23 đồng chí; miễn sinh hoạt 03 đồng chí; có mặt 19 đồng chí; vắng 01 đồng chí: "
                  "Lê Văn Trung – đi làm ăn xa, có báo."),
                P("Chủ trì: đồng chí Nguyễn Văn Lộc – Bí thư chi bộ. Thư ký: đồng chí Lê Thị Thu Sương."),
                P("1. Đồng chí Bí thư đánh giá tháng 5: thu hoạch lúa đông xuân xong trước ngày 25/5, năng suất bình "
                  "quân 58 tạ/ha; hoàn thành 600 m đường bê tông xóm Bàu; còn 04 hộ chưa đóng góp quỹ xây dựng nông "
                  "thôn mới."),
                P("2. Đồng chí Phó Bí thư Trần Đình Liên trình bày chuyên đề, nêu những việc đảng viên phải đi đầu: "
                  "hiến đất mở rộng đường, trồng hàng rào xanh, phân loại rác tại nguồn."),
                P("3. Thảo luận: đồng chí Võ Văn Cảnh xin nhận trồng hàng rào dâm bụt trước nhà văn hóa; đồng chí "
                  "Nguyễn Thị Hồng đề nghị làm một điểm phân loại rác ở xóm Bàu; đồng chí Hồ Sĩ Nhân cho rằng thôn "
                  "cần họp dân công khai các khoản đóng góp."),
                P("4. Đồng chí Bí thư kết luận: chi bộ thống nhất nội dung chuyên đề; tháng 6 tập trung làm đất, gieo "
                  "sạ vụ hè thu đúng lịch. Giao đồng chí Võ Văn Cảnh trồng hàng rào dâm bụt trước nhà văn hóa, xong "
                  "trong tháng 6; Chi hội Phụ nữ thôn làm điểm phân loại rác tại xóm Bàu trước ngày 30/6; đồng chí "
                  "Trưởng thôn Lê Minh Hải tổ chức họp dân công khai các khoản đóng góp trong tháng 7."),
                P("5. Biểu quyết: 19/19 đồng chí có mặt tán thành (100%)."),
                P("Buổi sinh hoạt kết thúc lúc 21 giờ 45. Biên bản đã được đọc lại và thông qua."),
                _AT_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2024-06-07", "19:30", "21:45", "Nhà văn hóa thôn An Thái", _AT_CELL, _AT_COMM,
                        topic="Phát huy vai trò nêu gương của đảng viên trong xây dựng thôn nông thôn mới kiểu mẫu"),
                "Nguyễn Văn Lộc", "Bí thư chi bộ", "Lê Thị Thu Sương",
                attendance(23, 19, 1, 1, 0, 3, [("Lê Văn Trung", "đi làm ăn xa, có báo", True)]),
                True,
                [vote("Kết luận tháng 6 và chuyên đề", 19, None, None, 100)],
                [task("Võ Văn Cảnh", "trồng hàng rào dâm bụt trước nhà văn hóa", "tháng 6"),
                 task("Chi hội Phụ nữ thôn", "làm điểm phân loại rác tại xóm Bàu", "30/6"),
                 task("Lê Minh Hải", "tổ chức họp dân công khai các khoản đóng góp", "tháng 7")],
                []),
        },
        {   # July: last month's tasks reported done; the conclusion names nobody
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7/2024"),
                G(2),
                P("Thời gian: 19 giờ 30 ngày 05/7/2024, tại Nhà văn hóa thôn. Có mặt 18/20 đồng chí phải dự (03 "
                  "đồng chí miễn sinh hoạt); vắng: đồng chí Lê Văn Trung (đi làm ăn xa, có báo), đồng chí Hồ Sĩ "
                  "Nhân (không lý do)."),
                P("Chủ trì: đồng chí Nguyễn Văn Lộc, Bí thư chi bộ; thư ký: đồng chí Lê Thị Thu Sương."),
                P("1. Kết quả các việc giao tại kỳ họp tháng 6: đồng chí Võ Văn Cảnh đã trồng xong hàng rào dâm bụt "
                  "trước nhà văn hóa; Chi hội Phụ nữ thôn đã làm điểm phân loại rác ở xóm Bàu, 32 hộ tham gia; đồng "
                  "chí Lê Minh Hải đã họp dân công khai các khoản đóng góp ngày 28/6. Gieo sạ hè thu xong 100% diện "
                  "tích."),
                P("2. Ý kiến: đồng chí Trần Văn Nghĩa phản ánh chuột phá lúa ở cánh đồng Bàu Sen; đồng chí Nguyễn "
                  "Thị Hồng đề nghị duy trì điểm phân loại rác, nhân rộng sang xóm Đông."),
                P("3. Đồng chí Bí thư kết luận: tháng 7 chi bộ lãnh đạo chăm sóc lúa hè thu, ra quân diệt chuột; duy "
                  "trì điểm phân loại rác xóm Bàu, chuẩn bị nhân rộng sang xóm Đông; làm tốt công tác đền ơn đáp "
                  "nghĩa nhân ngày Thương binh – Liệt sĩ 27/7. Đề nghị các đồng chí đảng viên gương mẫu thực hiện và "
                  "vận động gia đình cùng làm."),
                P("4. Chi bộ biểu quyết: mười tám trên mười tám đồng chí tán thành."),
                P("Họp xong lúc 21 giờ 10. Biên bản được đọc lại, chi bộ thông qua."),
                _AT_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2024-07-05", "19:30", "21:10", "Nhà văn hóa thôn", _AT_CELL, _AT_COMM),
                "Nguyễn Văn Lộc", "Bí thư chi bộ", "Lê Thị Thu Sương",
                attendance(23, 18, 2, 1, 1, 3, [("Lê Văn Trung", "đi làm ăn xa, có báo", True),
                                                ("Hồ Sĩ Nhân", "không lý do", False)]),
                True,
                [vote("Kết luận tháng 7", 18, None, None, None)],
                [],
                ["missing_assignments", "unexcused_absence"]),
        },
        {   # August: secretary and deputy away, a chi ủy member chairs and concludes; 80 minutes
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2024"),
                G(2),
                P("Hôm nay, ngày 09/8/2024, từ 20 giờ 00 đến 21 giờ 20, tại Nhà văn hóa thôn An Thái, chi bộ họp "
                  "thường kỳ tháng 8."),
                P("Tổng số 23 đảng viên (03 miễn sinh hoạt), có mặt 18/20; vắng 02: đồng chí Bí thư Nguyễn Văn Lộc "
                  "đi học lớp trung cấp lý luận chính trị tại tỉnh, đồng chí Phó Bí thư Trần Đình Liên nằm viện (đều "
                  "có báo)."),
                P("Chi ủy phân công đồng chí Hoàng Văn Phú, chi ủy viên, chủ trì; đồng chí Lê Thị Thu Sương ghi biên "
                  "bản."),
                P("Đồng chí Hoàng Văn Phú thông tin trận mưa lớn cuối tháng 7 làm 12 ha lúa hè thu ngập cục bộ, đã "
                  "rút nước kịp; phổ biến kế hoạch diễn tập phòng chống lụt bão của xã."),
                P("Ý kiến: đồng chí Trần Văn Nghĩa đề nghị nạo vét mương tiêu Bàu Sen trước mùa mưa; đồng chí Hồ Sĩ "
                  "Nhân báo mái tôn nhà văn hóa bị tốc một góc, cần sửa ngay."),
                P("Thay mặt chi ủy, đồng chí Hoàng Văn Phú kết luận: chi bộ thống nhất tập trung phòng chống lụt bão, "
                  "bảo vệ lúa hè thu. Giao đồng chí Trần Văn Nghĩa cùng Tổ thủy nông nạo vét mương tiêu Bàu Sen, "
                  "xong trước 25/8/2024; đồng chí Hồ Sĩ Nhân và đồng chí Võ Văn Cảnh sửa lại mái tôn nhà văn hóa "
                  "trong tuần tới."),
                P("Biểu quyết: 18/18 đồng chí nhất trí."),
                P("Kết thúc lúc 21 giờ 20; biên bản đọc lại, thông qua."),
                S(["THƯ KÝ", "Lê Thị Thu Sương"], ["CHỦ TRÌ", "Hoàng Văn Phú"]),
            ],
            "truth": minute(
                meeting("regular", "2024-08-09", "20:00", "21:20", "Nhà văn hóa thôn An Thái", _AT_CELL, _AT_COMM),
                "Hoàng Văn Phú", "chi ủy viên", "Lê Thị Thu Sương",
                attendance(23, 18, 2, 2, 0, 3,
                           [("Nguyễn Văn Lộc", "đi học lớp trung cấp lý luận chính trị tại tỉnh", True),
                            ("Trần Đình Liên", "nằm viện", True)]),
                True,
                [vote("Kết luận tháng 8", 18, None, None, None)],
                [task("Trần Văn Nghĩa", "cùng Tổ thủy nông nạo vét mương tiêu Bàu Sen", "25/8/2024"),
                 task("Hồ Sĩ Nhân", "sửa lại mái tôn nhà văn hóa", "tuần tới"),
                 task("Võ Văn Cảnh", "sửa lại mái tôn nhà văn hóa", "tuần tới")],
                ["short_meeting"]),
        },
        {   # September: the conclusion heading is left empty
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9/2024"),
                G(2),
                P("Vào lúc 19 giờ 30 ngày 06/9/2024 tại Nhà văn hóa thôn An Thái. Tổng số đảng viên: 23; miễn sinh "
                  "hoạt: 03; có mặt: 19; vắng: 01 – đồng chí Hồ Sĩ Nhân, vắng không lý do."),
                P("Chủ trì: đồng chí Nguyễn Văn Lộc, Bí thư chi bộ. Thư ký: đồng chí Lê Thị Thu Sương."),
                P("1. Thông tin: đồng chí Bí thư thông tin về thiệt hại do bão số 3 ở các tỉnh phía Bắc và lời kêu "
                  "gọi ủng hộ của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; nhắc bà con theo dõi dự báo thời tiết "
                  "vì mùa mưa bão ở Quảng Trị đã đến."),
                P("2. Đánh giá tháng 8: mương tiêu Bàu Sen đã nạo vét xong ngày 22/8; mái tôn nhà văn hóa đã sửa; lúa "
                  "hè thu thu hoạch được 40% diện tích."),
                P("3. Ý kiến: đồng chí Nguyễn Thị Hồng đề nghị thôn lập sẵn danh sách hộ già yếu ven sông để di dời "
                  "khi có bão; đồng chí Lê Minh Hải báo cáo đã có 02 ca nô của bà con đăng ký tham gia cứu hộ."),
                P("4. Kết luận của chủ trì:"),
                P("5. Biểu quyết thông qua phương hướng tháng 9: tán thành 19/19, đạt tỷ lệ 100%."),
                P("6. Phân công: đồng chí Lê Minh Hải chịu trách nhiệm lập danh sách hộ già yếu ven sông và phương án "
                  "di dời, xong trước 15/9/2024; đồng chí Trần Văn Nghĩa và Tổ thủy nông khơi thông cống tiêu trước "
                  "mùa mưa lũ."),
                P("Cuộc họp kết thúc lúc 21 giờ 05. Biên bản đã thông qua."),
                _AT_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2024-09-06", "19:30", "21:05", "Nhà văn hóa thôn An Thái", _AT_CELL, _AT_COMM),
                "Nguyễn Văn Lộc", "Bí thư chi bộ", "Lê Thị Thu Sương",
                attendance(23, 19, 1, 0, 1, 3, [("Hồ Sĩ Nhân", "không lý do", False)]),
                False,
                [vote("Phương hướng tháng 9", 19, None, None, 100)],
                [task("Lê Minh Hải", "lập danh sách hộ già yếu ven sông và phương án di dời", "15/9/2024"),
                 task("Trần Văn Nghĩa", "khơi thông cống tiêu", "mùa mưa lũ"),
                 task("Tổ thủy nông", "khơi thông cống tiêu", "mùa mưa lũ")],
                ["missing_conclusion", "unexcused_absence"]),
        },
        {   # November (no October meeting): "kết luận của Đảng ủy xã" read out, then the chair's own
            # conclusion; tasks "(theo kế hoạch đã phân công)" and the commune committee's to every cell
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11/2024"),
                G(2),
                P("Thời gian: 14 giờ 00 ngày 08/11/2024 (tháng 10 chi bộ không sinh hoạt được do mưa lũ kéo dài, "
                  "thôn bị ngập). Địa điểm: Nhà văn hóa thôn An Thái."),
                P("Đảng viên: 23, miễn sinh hoạt 03, có mặt 19, vắng 01: đồng chí Hồ Sĩ Nhân (không có lý do)."),
                P("Chủ trì: đồng chí Nguyễn Văn Lộc – Bí thư chi bộ. Thư ký: đồng chí Lê Thị Thu Sương."),
                P("1. Đồng chí Bí thư thông báo kết luận của Đảng ủy xã tại hội nghị đánh giá công tác phòng chống "
                  "lụt bão năm 2024: toàn xã có 214 nhà bị ngập, không có thiệt hại về người; Đảng ủy xã giao các "
                  "chi bộ lãnh đạo khắc phục hậu quả, vệ sinh môi trường, chuẩn bị sản xuất vụ đông xuân."),
                P("2. Đánh giá tháng 9, tháng 10: thôn di dời an toàn 27 hộ trong hai đợt lũ; 06 ha hoa màu bị "
                  "hư hại; đường bê tông xóm Bàu sạt một đoạn lề dài 15 m."),
                P("Chi bộ thống nhất cao với báo cáo, không có ý kiến khác."),
                P("3. Đồng chí Bí thư kết luận: tháng 11 chi bộ tập trung khắc phục hậu quả lũ, hoàn thành vệ sinh "
                  "đường làng, kênh mương trước ngày 20/11; chuẩn bị giống, phân bón cho vụ đông xuân; chăm lo các "
                  "hộ bị thiệt hại nặng."),
                P("4. Phân công nhiệm vụ: (theo kế hoạch đã phân công)"),
                P("5. Biểu quyết: 19/19 đồng chí tán thành."),
                P("Họp kết thúc lúc 16 giờ 00. Biên bản đã đọc lại và được thông qua."),
                _AT_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2024-11-08", "14:00", "16:00", "Nhà văn hóa thôn An Thái", _AT_CELL, _AT_COMM),
                "Nguyễn Văn Lộc", "Bí thư chi bộ", "Lê Thị Thu Sương",
                attendance(23, 19, 1, 0, 1, 3, [("Hồ Sĩ Nhân", "không có lý do", False)]),
                True,
                [vote("Kết luận tháng 11", 19, None, None, None)],
                [],
                ["missing_assignments", "no_discussion", "unexcused_absence"]),
        },
    ],
})


# k10 — Nam Định textile workshop: absentee table; after a page break, "Sau khi nghe ý kiến …, chủ trì thống
# nhất" with no heading, then an assignee-first task table (a group, two members in one cell, an empty
# deadline). Clean.
DOCS.append({
    "name": "k10-namdinh-textile-conclusion-page2-clean", "folder": "dev",
    "style": {"family": "dejavu", "size": 12, "justify": True, "indent": 26, "spacing": 1.35,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CỔ PHẦN", "DỆT MAY SƠN NAM", "CHI BỘ PHÂN XƯỞNG SỢI 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Định, ngày 10 tháng 12 năm 2024"], bold_left=(2,)),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 12 NĂM 2024"),
            G(6),
            P("Hôm nay, vào lúc 13 giờ 30 phút ngày 10/12/2024, tại phòng họp Phân xưởng Sợi 2, chi bộ tổ chức "
              "sinh hoạt định kỳ tháng 12/2024."),
            P("Đảng viên của chi bộ: 23 đồng chí; có mặt 21 đồng chí; vắng 02 đồng chí, cụ thể:"),
            T([(0.09, "TT", "c"), (0.43, "Đảng viên vắng", "l"), (0.48, "Lý do", "l")],
              [["1", "Vũ Thị Huệ", "Nghỉ ốm"], ["2", "Trần Văn Quý", "Trực ca đêm, đã báo chi ủy"]]),
            P("Chủ trì: đồng chí Đoàn Thị Thu Hương – Bí thư chi bộ, Quản đốc phân xưởng. Thư ký: đồng chí Mai "
              "Văn Thắng."),
            H("PHẦN 1. KẾT QUẢ THÁNG 11"),
            P("Phân xưởng sản xuất 412 tấn sợi, đạt 103% kế hoạch; tỷ lệ sợi loại A 97,2%; không có tai nạn lao "
              "động. Tồn tại: 12 máy chải thô đã quá hạn bảo dưỡng; tổ số 2 có 03 ca năng suất dưới định mức; 05 "
              "công nhân mới chưa thạo thao tác nối sợi. Chi bộ đã gửi Đảng ủy Công ty bản tự kiểm điểm của tập thể "
              "chi ủy năm 2024."),
            H("PHẦN 2. Ý KIẾN CỦA ĐẢNG VIÊN"),
            P("Đồng chí Phạm Văn Toản (tổ cơ điện): nếu không bảo dưỡng máy chải thô trước Tết thì tháng Giêng sẽ "
              "hỏng hàng loạt; xin bố trí dừng máy luân phiên mỗi ngày 02 máy."),
            P("Đồng chí Nguyễn Thị Lan: đời sống của một số công nhân khó khăn, có chị nuôi con nhỏ một mình; đề "
              "nghị chi bộ đề xuất Công đoàn quan tâm dịp Tết."),
            P("Đồng chí Lại Thị Hoa (tổ trưởng tổ số 2): năng suất ca B giảm do thiếu người, tổ đã đề nghị bổ sung "
              "02 lao động."),
            ("page_break",),
            P("Sau khi nghe ý kiến của các đồng chí, chủ trì thống nhất: tháng 12 và tháng Giêng là cao điểm đơn "
              "hàng Tết, chi bộ lãnh đạo phân xưởng giữ năng suất, bảo đảm chất lượng sợi loại A trên 97%; bảo "
              "dưỡng dứt điểm máy chải thô; chăm lo đời sống công nhân; hoàn thành kiểm điểm, xếp loại đảng viên "
              "năm 2024 đúng hướng dẫn. Phân công cụ thể:"),
            T([(0.29, "Người thực hiện", "l"), (0.51, "Công việc", "l"), (0.20, "Thời hạn", "l")],
              [["Đ/c Phạm Văn Toản", "Bảo dưỡng toàn bộ 12 máy chải thô, dừng máy luân phiên mỗi ngày 02 máy",
                "25/01/2025"],
               ["Tổ sản xuất số 2", "Giữ năng suất ca đạt từ 102% trở lên", "Tháng 12/2024"],
               ["Đ/c Nguyễn Thị Lan, đ/c Lại Thị Hoa", "Lập danh sách công nhân khó khăn, đề xuất Công đoàn "
                "hỗ trợ dịp Tết Ất Tỵ", "20/12/2024"],
               ["Đ/c Mai Văn Thắng", "Hoàn thiện hồ sơ kiểm điểm, xếp loại đảng viên năm 2024, nộp Đảng ủy Công ty",
                "31/12/2024"],
               ["Chi đoàn phân xưởng", "Kèm cặp 05 công nhân mới vào nghề", ""]]),
            P("Biểu quyết: 21/21 đồng chí có mặt tán thành (đạt 100%)."),
            P("Buổi sinh hoạt kết thúc lúc 15 giờ 20 phút. Biên bản đã được đọc lại, các đồng chí dự họp nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Mai Văn Thắng"], ["BÍ THƯ CHI BỘ", "", "", "Đoàn Thị Thu Hương"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-10", "13:30", "15:20", "phòng họp Phân xưởng Sợi 2",
                    "CHI BỘ PHÂN XƯỞNG SỢI 2", "ĐẢNG BỘ CÔNG TY CỔ PHẦN DỆT MAY SƠN NAM"),
            "Đoàn Thị Thu Hương", "Bí thư chi bộ", "Mai Văn Thắng",
            attendance(23, 21, 2, 2, 0, 0, [("Vũ Thị Huệ", "Nghỉ ốm", True),
                                            ("Trần Văn Quý", "Trực ca đêm, đã báo chi ủy", True)]),
            True,
            [vote("Kết luận và phân công tháng 12", 21, None, None, 100)],
            [task("Phạm Văn Toản", "Bảo dưỡng toàn bộ 12 máy chải thô, dừng máy luân phiên mỗi ngày 02 máy",
                  "25/01/2025"),
             task("Tổ sản xuất số 2", "Giữ năng suất ca đạt từ 102% trở lên", "Tháng 12/2024"),
             task("Nguyễn Thị Lan", "Lập danh sách công nhân khó khăn, đề xuất Công đoàn hỗ trợ dịp Tết Ất Tỵ",
                  "20/12/2024"),
             task("Lại Thị Hoa", "Lập danh sách công nhân khó khăn, đề xuất Công đoàn hỗ trợ dịp Tết Ất Tỵ",
                  "20/12/2024"),
             task("Mai Văn Thắng", "Hoàn thiện hồ sơ kiểm điểm, xếp loại đảng viên năm 2024, nộp Đảng ủy Công ty",
                  "31/12/2024"),
             task("Chi đoàn phân xưởng", "Kèm cặp 05 công nhân mới vào nghề", None)],
            []),
    }],
})
