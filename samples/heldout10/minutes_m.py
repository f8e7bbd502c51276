"""Held-out set 10, writer m (dev/, `m…`): the Northern mountains, the Red River Delta and the North-Central coast.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, the other writers' minutes or the earlier sets' texts and truth files, and without running the
extractor. Rendered by samples/heldout2/make.py (`build`). Names, places and figures are invented or used loosely;
the paperwork follows /work/shared/DOMAIN.md. The set's theme is the counted and dated facts: attendance, votes,
dates and times, the kind and month of the meeting, and the defects read from them.

Files (name -> what varies -> minute flags / book flags):

- m01-hanoi-hospital-count-table-two-votes-clean -> Hà Nội (Đông Anh) hospital surgical department; Serif 13
  justified, "Trang n/N"; attendance as a ruled table of counts ("Tổng số đảng viên | Miễn sinh hoạt | Phải dự |
  Có mặt | Vắng có lý do | Vắng không lý do | Tỷ lệ": 26 / 02 / 24 / 23 / 01 / 0 / 95,8%), then the two exempt
  members and the one absentee named in prose, "02 đảng viên dự bị" among the present; a Party guest and a
  non-member guest ("Ông …, Trưởng ban Thanh tra nhân dân Bệnh viện (quần chúng …)"), both speaking; "TS.BS"
  before the chair; "I.–VI." capital headings; two votes: the conclusion by show of hands ("23/23 …, đạt 100%")
  and a secret ballot of the full members on an admission ("phát ra 21 phiếu, thu về 21 phiếu; 20 phiếu đồng ý,
  đạt 95,24%; 01 phiếu không đồng ý"); "- Đồng chí X: …" task lines ("trước ngày 20/5/2024", "hằng tuần",
  "trong tháng 6/2024", a group "Chi đoàn Khoa Ngoại"); 14 giờ 00 phút – 16 giờ 15 phút -> — / —
- m02-thanhhoa-village-words-low-unexcused -> Thanh Hóa (Yên Định) village; one page, Serif 11.5; title month in
  words ("THÁNG MƯỜI NĂM 2024"); the date and both times in words ("vào hồi mười chín giờ ba mươi phút ngày mồng
  tám tháng mười năm hai nghìn không trăm hai mươi tư", "hai mươi mốt giờ mười lăm phút"); counts in words over
  three sentences: 32 members, 5 exempt (not named), 27 due, 24 present (88.9 %), 3 absent: "hai đồng chí đi làm
  ăn xa ở tỉnh ngoài, đã báo cáo chi ủy" (excused, not named) and one named "vắng không có lý do"; chair and
  secretary in one sentence; a Party guest; "hai mươi tư trên hai mươi tư … đạt một trăm phần trăm"; four tasks in
  one paragraph ("trước ngày 25/10/2024", "trong tháng Mười Một", "tại kỳ họp tháng sau", "Ban công tác Mặt trận
  thôn … trước 15/11") -> low_attendance, unexcused_absence / —
- m03-haiphong-port-combined-115min-percent -> Hải Phòng port company crane team; Liberation Sans 11.5 ragged,
  right-aligned running head on page 2; regular + thematic combined ("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ III/2024" +
  "Chuyên đề:" line); "từ 13h30 đến 15h25" (115 min, bar 120); full and probationary members on separate lines
  ("Đảng viên chính thức: 20 đồng chí, có mặt 19; vắng 01 – …"; "Đảng viên dự bị: 02 đồng chí, có mặt đủ 02"), no
  total written; vote as a percentage only with one against ("tỷ lệ tán thành 95,2%; 01 đồng chí không tán
  thành"); ruled task table "TT | Việc cần làm | Người phụ trách | Thời hạn" (two people in one cell, a group
  "Tổ cần trục số 1", "Quý III/2024", "Hằng ca", "Trước 31/8/2024") -> short_meeting / —
- m04-nghean-school-thematic-exempt-among-absent-clean -> Nghệ An (Nghi Lộc) lower-secondary school; Serif 13.5
  ragged, "- n -" at the foot; thematic "QUÝ IV NĂM 2024" + "Chuyên đề:" line; counts on separate lines: "Tổng số
  đảng viên: 21", "Có mặt: 18 (trong đó có 02 đảng viên dự bị)", "Vắng: 03 đồng chí, gồm:" and a numbered list
  whose third name "đã được Đảng ủy xã đồng ý miễn sinh hoạt đảng" (so 18 of the 20 not exempt = exactly 90 %);
  "14 giờ" to "15 giờ 30 phút" (exactly 90 min); a probationary member volunteering ("xin nhận kèm cặp …");
  "nhất trí 100% … không có ý kiến khác"; "T/M CHI BỘ / BÍ THƯ" -> — / —
- m05-laocai-border-post-extraordinary-85min -> Lào Cai (Bát Xát) border-post cell, the morning the storm's rain
  came (08/9/2024); DejaVu Sans 10.5 justified; "HỌP CHI BỘ BẤT THƯỜNG" + "V/v …" line; ranks before the names
  (guest, chair, secretary, absentee, signatures); "Quân số đảng viên: 17 đồng chí; có mặt 16 …; vắng 01 …
  (Thiếu úy … đang làm nhiệm vụ …)"; "07 giờ 30 phút" … "08 giờ 55 phút" (85 min); two votes by show of hands
  ("16/16 đồng chí giơ tay tán thành (100%)"; "15/16 đồng chí tán thành, 01 đồng chí không biểu quyết"); deadlines
  by the hour ("có mặt trước 10 giờ ngày 08/9/2024", "xong trong ngày 08/9", "hằng giờ"), a task without one
  -> short_meeting / —
- m06-namdinh-retired-cadres-unnamed-minutes-vote-only -> Nam Định city, retired cadres' cell; Serif 14, "- n -"
  running head on page 2; "BIÊN BẢN HỌP CHI BỘ ĐỊNH KỲ THÁNG 6/2024"; counts spread over four sentences (34
  members; "Mười một đồng chí được miễn sinh hoạt"; 23 due; "Đến dự 21"; two absentees named with reasons, 91.3 %);
  "*" headings; opinions only "Các đồng chí … cơ bản nhất trí", "Một số ý kiến …", "Có ý kiến …", "Cũng có ý kiến
  …" (nobody named); a conclusion under "* Kết luận của đồng chí Bí thư"; tasks in prose (two people in one
  sentence, "trong tuần này"); the only vote is on the minutes ("biểu quyết thông qua biên bản với 21/21 ý kiến tán
  thành (100%)") -> missing_vote, no_discussion / —
- m07-caobang-hamlet-form-low-not-approved -> Cao Bằng (Trùng Khánh) Tày/Nùng hamlet; a printed form typed in
  Liberation Mono 10, one page; "Số: ……-BB/CB"; "bắt đầu hồi 19g00" … "kết thúc hồi 20g45"; count fields
  ("Tổng số đảng viên của chi bộ: 14 đ/c. Miễn sinh hoạt: 0 đ/c.", "có mặt: 12 đ/c. Vắng: 02 đ/c (có lý do: 01;
  không lý do: 01)"), 85.7 %; the names filled in after the form's "(ghi rõ họ tên, lý do)"; "Khách mời: ……";
  "Tán thành: 12/12 đ/c, đạt 100%. Không tán thành: 0 đ/c. Ý kiến khác: ……"; "(Ký, ghi rõ họ tên)" under both
  titles; ends with the closing time, never read back -> low_attendance, not_approved, unexcused_absence,
  unfilled_template / —
- m08-quangtri-police-roman-month-no-conclusion -> Quảng Trị (Gio Linh) commune police; DejaVu Serif 11.5,
  "Trang n" at the foot; "THÁNG III/2025" held on 03/4/2025 (postponed, said why); ranks before names; counts in
  three short sentences ("Chi bộ có 22 đảng viên. Dự sinh hoạt 20 đồng chí. Hai đồng chí vắng có lý do: …");
  part I reads and approves LAST month's minutes; opinions by rank and name in one paragraph; the month's plan is
  voted "19/20 … (95%), 01 … không tán thành"; named tasks ("hằng đêm", "trong tháng 4/2025"); the chair only
  "tiếp thu các ý kiến thảo luận, cảm ơn … và tuyên bố kết thúc … lúc 15 giờ 40 phút"; this minute is never read
  back -> missing_conclusion, not_approved / —
- m09-thainguyen-builder-online-date-at-end-clean -> Thái Nguyên construction company project board; Liberation
  Sans 12 ragged; the committee's name over two header lines and no date in the header; "(Hình thức trực tiếp kết
  hợp trực tuyến)", a main room and two site points on Zoom; "Vào lúc 16 giờ 00 phút" with no date; one exempt
  member named; "Tham dự 16/17 đồng chí phải dự: 10 … tại điểm cầu chính, 06 … tại hai điểm cầu công trường";
  a non-member guest ("(chưa là đảng viên)") who speaks; vote by hands raised before the camera, "16/16 …, đạt
  100%"; the date only above the signatures ("Thái Nguyên, ngày 27 tháng 6 năm 2024"); 95 min -> — / —
- m10-yenbai-thai-village-book-jul-dec-2024 -> minute BOOK of a Thái village cell (Yên Bái, Văn Chấn), Serif 12.5
  justified, right-aligned running head from page 2, "- n -" at the foot; five minutes on three pages, every one
  after the first starts mid-page under the previous signatures, with a title and no header of its own:
    1. 06/7/2024 regular, "Đảng viên: 21 …; miễn sinh hoạt 02 (named); phải dự 19; có mặt 18. Vắng: đ/c Điêu
       Văn Phăng – không lý do"; "a) … e)" run-in parts; "Biểu quyết: nhất trí 100%" -> unexcused_absence
    2. "THÁNG 9/2024 (Họp ngày 02/10/2024 do mưa lũ sau bão số 3)"; "19/19"; 19 giờ 30 – 20 giờ 50 (80 min);
       "Chi bộ biểu quyết: 19/19 tán thành"; only "Đề nghị các đồng chí …", "mỗi đảng viên …", "chi ủy sẽ phân
       công cụ thể khi có kế hoạch của xã" -> missing_assignments, short_meeting
    3. 20/10/2024 regular combined with the Q4 thematic meeting ("Chuyên đề:" line), "bắt đầu 7h30' … kết thúc
       9h30'" (exactly 120 min); Phăng "không có lý do" again; a Party guest; two votes ("18/18 tán thành",
       "18/18 tán thành (100%)"); "vào tối thứ Bảy hằng tuần" -> unexcused_absence
    4. 08/11/2024 regular, "Chi bộ thảo luận, thống nhất với báo cáo của chi ủy", a conclusion and two named
       tasks, no vote at all -> missing_vote, no_discussion
    5. 12/12/2024 year-end review, "buổi sáng từ 7 giờ 30 phút đến 11 giờ 15 phút; nghỉ trưa; buổi chiều từ 13
       giờ 30 phút đến 16 giờ 00 phút"; 17 of 19 (89.5 %); Phăng "(không báo cáo)" a third time; a secret ballot
       on the cell's grade ("15 phiếu xếp loại “Hoàn thành tốt nhiệm vụ” (88,24%), 02 phiếu xếp loại “Hoàn thành
       nhiệm vụ”") and the conclusion voted in words ("mười bảy trên mười bảy") -> low_attendance,
       unexcused_absence
  book -> missing_month (August has no meeting), no_thematic_in_quarter (Q3 2024 lies wholly inside Jul–Dec and
  has neither a thematic nor a combined meeting; Q4 has the October combined one), repeated_absence (Điêu Văn
  Phăng without reason in July, October and December)
- m11-thanhhoa-village-scan-moderate -> image-only twin of m02, moderate, 200 dpi -> as m02
- m12-caobang-hamlet-form-scan-photocopy -> image-only twin of m07, photocopy, 200 dpi -> as m07

Labelling decisions where the READMEs are silent:
- Counts that disagree with the names listed: when a "Vắng: 03" list names a member who "đã được … miễn sinh
  hoạt" (m04), that member is exempt, not absent: exempt 1, absent 2, present 18 as written, total 21; attendance
  is 18 / (21 − 1) = 90 % (not low), although 18/21 would be. When the count names only some absentees (m02:
  "vắng ba …: hai đồng chí đi làm ăn xa …; đồng chí X vắng không có lý do"), the numbers follow the count and
  `absentees` holds the named one; absentees excused by category ("đi làm ăn xa …, đã báo cáo chi ủy") count as
  excused.
- A ruled table of counts (m01) is read like the prose: total 26, exempt 2, present 23, absent 1 excused; its
  "Tỷ lệ" cell is no label. No total written (m03): total = the full members plus the probationary ones (20 + 2).
  Probationary members are counted among the present. Where the page says nothing of exempt members, exempt is 0.
- A reason is the text after the name as written, brackets included ("nghỉ phép năm (đã báo cáo chi ủy)",
  "đang làm nhiệm vụ tại chốt kiểm soát A Lù"); "(không báo cáo)", "không lý do", "không có lý do" are unexcused.
- Votes: "tỷ lệ tán thành 95,2%; 01 đồng chí không tán thành" -> for null, against 1, percent 95.2 (the count of
  those for is not written); "nhất trí 100% …; không có ý kiến khác" -> percent 100, abstain 0 (as "ý kiến khác:
  0"); "15/16 đồng chí tán thành, 01 đồng chí không biểu quyết" -> 15 / null / 1; "Tán thành: 12/12 …, đạt 100%.
  Không tán thành: 0 … Ý kiến khác: ……" -> 12 / 0 / null / 100 (the dotted field gives no count);
  "19/19 tán thành" and "mười bảy trên mười bảy đồng chí tán thành" give `for` only. A secret ballot on an
  admission: "20 phiếu đồng ý, đạt 95,24%; 01 phiếu không đồng ý" -> 20 / 1 / null / 95.24 (ballots issued are
  no count). The show of hands and the ballot in one minute are two resolutions, as are the two parts of a
  combined meeting voted apart (m10-3) and the two questions of the extraordinary meeting (m05).
- Times: the start and end as written in words or figures ("hai mươi mốt giờ mười lăm phút" -> 21:15, "13h30",
  "19g00", "7h30'"); a lunch break does not split the meeting: start is the morning's start, end the afternoon's
  end (m10-5: 07:30–16:00); the end time may come from "Biên bản đọc lại lúc 9h30'" or "Biên bản được đọc lại lúc
  16 giờ 00 phút"; the date written only above the signatures is the meeting's date (m09).
- Month: the month of the title, also when the meeting is held early in the next month (m08 "THÁNG III/2025" on
  03/4/2025 -> month 3; m10-2 "THÁNG 9/2024" on 02/10/2024 -> month 9), and so it counts for that month in the
  book; a month in words ("THÁNG MƯỜI") or Roman figures is read as a number. The year is the date's year.
- An extraordinary meeting (m05, "HỌP CHI BỘ BẤT THƯỜNG" + "V/v" line) is `regular`, topic null, bar 90 min.
- not_approved: reading out and approving last month's minutes at the start (m08) is no approval of this one.
  Voting to approve this minute (m06) approves it but is no resolution.
- no_discussion: "Các đồng chí … cơ bản nhất trí", "Một số ý kiến …", "Có ý kiến …" with nobody named (m06) and
  "Chi bộ thảo luận, thống nhất với báo cáo" (m10-4) record no opinion; the chair's report, the thematic
  presenter and the conclusion are no opinions.
- No conclusion: the chair only "tiếp thu các ý kiến thảo luận, cảm ơn … và tuyên bố kết thúc" (m08); the plan
  voted there is still a resolution, and its named tasks are assignments.
- unfilled_template: the form's "(ghi rõ họ tên, lý do)" left in front of names that were filled in (m07) is
  still template text left.
- Not assignments: a member volunteering ("xin nhận kèm cặp", m04), "Đề nghị các đồng chí …", "mỗi đảng viên …",
  "chi ủy sẽ phân công cụ thể khi có kế hoạch của xã" (m10-2), a task asked of the committee above. Ranks and
  degrees are dropped from assignees as from other names.
- Deadlines drop the words in front as before ("có mặt trước 10 giờ ngày 08/9/2024" -> "10 giờ ngày 08/9/2024",
  "xong trong ngày 08/9" -> "ngày 08/9", "báo cáo chi bộ kỳ tới" -> "kỳ tới", "vào tối thứ Bảy hằng tuần" ->
  "tối thứ Bảy hằng tuần"); frequencies as written ("hằng giờ", "hằng đêm", "Hằng ca"); a task with none is null.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DOCS: list[dict] = []


# =================================================================================================
# m01 — Hà Nội (Đông Anh), hospital department; attendance as a ruled table of counts; two exempt named;
# a Party guest and a non-member guest; two votes (show of hands, then a secret ballot of full members).
# =================================================================================================
_COUNT_COLS = [(0.15, "Tổng số đảng viên", "c"), (0.14, "Miễn sinh hoạt", "c"), (0.14, "Phải dự", "c"),
               (0.13, "Có mặt", "c"), (0.15, "Vắng có lý do", "c"), (0.16, "Vắng không lý do", "c"),
               (0.13, "Tỷ lệ", "c")]

DOCS.append({
    "name": "m01-hanoi-hospital-count-table-two-votes-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 28, "spacing": 1.3,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA ĐÔNG ANH", "CHI BỘ KHOA NGOẠI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Anh, ngày 16 tháng 5 năm 2024"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5 NĂM 2024"),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 16 tháng 5 năm 2024."),
            L("2. Địa điểm: Phòng giao ban Khoa Ngoại, tầng 3 nhà B."),
            L("3. Tình hình đảng viên dự sinh hoạt:"),
            T(_COUNT_COLS, [["26", "02", "24", "23", "01", "0", "95,8%"]]),
            P("Hai đồng chí được miễn sinh hoạt là đồng chí Đỗ Văn Thịnh (đang điều trị bệnh dài ngày) và đồng chí "
              "Lê Thị Hằng (đi học nghiên cứu sinh ở nước ngoài, có quyết định miễn sinh hoạt của Đảng ủy Bệnh "
              "viện). Vắng có lý do: đồng chí Phan Quốc Khánh, trực phẫu thuật cấp cứu. Trong số 23 đồng chí có "
              "mặt có 02 đảng viên dự bị."),
            L("4. Đại biểu dự:"),
            L("- Đồng chí Vũ Thị Thanh Hương – Đảng ủy viên, Phó Giám đốc Bệnh viện;"),
            L("- Ông Trịnh Văn Bách – Trưởng ban Thanh tra nhân dân Bệnh viện (quần chúng, dự phần thông tin về "
              "thực hiện quy chế dân chủ)."),
            L("5. Chủ trì: đồng chí TS.BS Nguyễn Mạnh Cường – Bí thư chi bộ, Trưởng khoa."),
            L("6. Thư ký: đồng chí Hoàng Thị Thu Trang – Chi ủy viên, Điều dưỡng trưởng khoa."),
            H("II. NỘI DUNG SINH HOẠT"),
            P("1. Đồng chí chủ trì thông qua chương trình và thông tin thời sự trong tháng: kết quả các hoạt động "
              "kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 – 07/5/2024); kế hoạch của Đảng ủy Bệnh viện "
              "kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2024); công văn của Sở Y tế về "
              "tăng cường phòng, chống sốt xuất huyết đầu mùa mưa."),
            P("2. Đồng chí Phó Bí thư Trần Đức Minh báo cáo kết quả tháng 4/2024: khoa tiếp nhận điều trị nội trú "
              "612 lượt người bệnh, thực hiện 287 ca phẫu thuật (41 ca cấp cứu), công suất sử dụng giường bệnh "
              "104%; không để xảy ra sai sót chuyên môn; 100% đảng viên đóng đảng phí đầy đủ, đúng hạn. Hạn chế: "
              "hồ sơ bệnh án của một số ca mổ cấp cứu hoàn thiện chậm; bàn giao người bệnh giữa các ca trực có "
              "lúc chưa đúng quy trình; trong tháng có 01 phản ánh về thái độ giao tiếp tại buồng bệnh số 5."),
            P("3. Phương hướng tháng 5/2024: áp dụng đầy đủ bảng kiểm an toàn phẫu thuật tại các phòng mổ; rút "
              "ngắn thời gian chờ mổ phiên; hoàn thiện hồ sơ đề nghị kết nạp quần chúng Đinh Thị Ngọc Ánh; vận "
              "động đảng viên, viên chức tham gia hiến máu tình nguyện đợt tháng 5."),
            H("III. THẢO LUẬN"),
            P("- Đồng chí Phạm Thị Lan (điều dưỡng hành chính) cho rằng hồ sơ chậm chủ yếu do bác sĩ trực đêm "
              "phải xử lý nhiều ca cùng lúc; đề nghị bố trí thêm một điều dưỡng hỗ trợ nhập bệnh án điện tử "
              "trong ca đêm."),
            P("- Đồng chí Đặng Văn Long (bác sĩ điều trị) đề nghị công khai lịch mổ phiên theo tuần để người "
              "bệnh và người nhà chủ động, giảm thắc mắc, khiếu nại."),
            P("- Đồng chí Vũ Thị Thanh Hương ghi nhận kết quả của khoa; đề nghị chi bộ lãnh đạo chặt chẽ việc kê "
              "đơn, sử dụng vật tư tiêu hao, không để người bệnh tự mua thuốc có trong danh mục bảo hiểm."),
            P("- Ông Trịnh Văn Bách cho biết phản ánh tại buồng bệnh số 5 đã được khoa giải quyết, người nhà "
              "người bệnh đồng ý với cách xử lý."),
            H("IV. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Đồng chí Nguyễn Mạnh Cường kết luận: chi bộ đánh giá tháng 4 hoàn thành tốt nhiệm vụ. Tháng 5 tập "
              "trung ba việc: (1) không để hồ sơ bệnh án hoàn thiện quá 24 giờ sau phẫu thuật; (2) 100% ca mổ "
              "phiên và mổ cấp cứu có bảng kiểm an toàn phẫu thuật; (3) mỗi đảng viên gương mẫu trong giao tiếp, "
              "ứng xử, không để lặp lại phản ánh như ở buồng bệnh số 5."),
            H("V. BIỂU QUYẾT"),
            P("- Biểu quyết kết luận của đồng chí chủ trì bằng hình thức giơ tay: 23/23 đồng chí có mặt tán thành, "
              "đạt 100%."),
            P("- Bỏ phiếu kín đề nghị Đảng ủy Bệnh viện xem xét kết nạp quần chúng Đinh Thị Ngọc Ánh vào Đảng "
              "(đảng viên chính thức biểu quyết): phát ra 21 phiếu, thu về 21 phiếu; 20 phiếu đồng ý, đạt 95,24%; "
              "01 phiếu không đồng ý."),
            H("VI. PHÂN CÔNG THỰC HIỆN"),
            P("- Đồng chí Đặng Văn Long: xây dựng lịch mổ phiên theo tuần, công khai tại phòng hành chính khoa, "
              "xong trước ngày 20/5/2024."),
            P("- Đồng chí Hoàng Thị Thu Trang: kiểm tra việc bàn giao người bệnh giữa các ca trực, báo cáo chi ủy "
              "hằng tuần."),
            P("- Đồng chí Phạm Thị Lan: giúp đỡ quần chúng Đinh Thị Ngọc Ánh hoàn thiện hồ sơ kết nạp Đảng trong "
              "tháng 6/2024."),
            P("- Chi đoàn Khoa Ngoại: vận động đoàn viên, viên chức trẻ đăng ký hiến máu tình nguyện, gửi danh "
              "sách về Công đoàn Bệnh viện trước ngày 22/5/2024."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 15 phút cùng ngày. Biên bản đã được thư ký đọc lại, 23/23 đồng "
              "chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Hoàng Thị Thu Trang"], ["CHỦ TRÌ", "", "", "Nguyễn Mạnh Cường"]),
        ],
        "truth": minute(
            meeting("regular", "2024-05-16", "14:00", "16:15", "Phòng giao ban Khoa Ngoại, tầng 3 nhà B",
                    "CHI BỘ KHOA NGOẠI", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA ĐÔNG ANH"),
            "Nguyễn Mạnh Cường", "Bí thư chi bộ", "Hoàng Thị Thu Trang",
            attendance(26, 23, 1, 1, 0, 2, [("Phan Quốc Khánh", "trực phẫu thuật cấp cứu", True)],
                       [("Vũ Thị Thanh Hương", "Đảng ủy viên, Phó Giám đốc Bệnh viện"),
                        ("Trịnh Văn Bách", "Trưởng ban Thanh tra nhân dân Bệnh viện")]),
            True,
            [vote("Kết luận của đồng chí chủ trì (giơ tay)", 23, None, None, 100),
             vote("Đề nghị kết nạp quần chúng Đinh Thị Ngọc Ánh (bỏ phiếu kín)", 20, 1, None, 95.24)],
            [task("Đặng Văn Long", "xây dựng lịch mổ phiên theo tuần, công khai tại phòng hành chính khoa",
                  "20/5/2024"),
             task("Hoàng Thị Thu Trang", "kiểm tra việc bàn giao người bệnh giữa các ca trực, báo cáo chi ủy "
                  "hằng tuần", "hằng tuần"),
             task("Phạm Thị Lan", "giúp đỡ quần chúng Đinh Thị Ngọc Ánh hoàn thiện hồ sơ kết nạp Đảng",
                  "tháng 6/2024"),
             task("Chi đoàn Khoa Ngoại", "vận động đoàn viên, viên chức trẻ đăng ký hiến máu tình nguyện, gửi "
                  "danh sách về Công đoàn Bệnh viện", "22/5/2024")],
            []),
    }],
    "flags": [],
})


# =================================================================================================
# m02 — Thanh Hóa (Yên Định), village cell; one page; date, times, counts and the vote in words; exempt
# members counted, not named; two absentees by category ("đi làm ăn xa"), one named without reason;
# 24 of 27 = 88.9 %. Its moderate scan is m11.
# =================================================================================================
DOCS.append({
    "name": "m02-thanhhoa-village-words-low-unexcused", "folder": "dev",
    "style": {"family": "serif", "size": 11.5, "justify": True, "indent": 22, "spacing": 1.2,
              "left": 62, "right": 48, "top": 42, "bottom": 40, "para_gap": 1},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ ĐỊNH TÂN", "CHI BỘ THÔN YÊN TRUNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Định Tân, ngày 08 tháng 10 năm 2024"]),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THÁNG MƯỜI NĂM 2024"),
            G(4),
            P("Hôm nay, vào hồi mười chín giờ ba mươi phút ngày mồng tám tháng mười năm hai nghìn không trăm hai "
              "mươi tư, tại Nhà văn hóa thôn Yên Trung, Chi bộ thôn Yên Trung họp sinh hoạt thường kỳ tháng Mười."),
            P("Chi bộ có ba mươi hai đảng viên, trong đó năm đồng chí tuổi cao được miễn sinh hoạt; số phải dự là "
              "hai mươi bảy đồng chí. Có mặt hai mươi tư đồng chí (có một đảng viên dự bị). Vắng ba đồng chí: hai "
              "đồng chí đi làm ăn xa ở tỉnh ngoài, đã báo cáo chi ủy; đồng chí Lê Văn Tùng vắng không có lý do."),
            P("Dự họp có đồng chí Mai Xuân Sơn, Đảng ủy viên phụ trách chi bộ. Đồng chí Lê Thị Nhung, Bí thư chi "
              "bộ chủ trì; đồng chí Trịnh Văn Hải, chi ủy viên, ghi biên bản."),
            H("1. Thông tin"),
            P("Đồng chí Bí thư thông tin tình hình khắc phục hậu quả bão số 3 ở các tỉnh phía Bắc; phổ biến kế "
              "hoạch của Đảng ủy xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024 và hướng dẫn chuẩn bị đại "
              "hội chi bộ nhiệm kỳ 2025 – 2027."),
            H("2. Kết quả tháng Chín"),
            P("Thôn thu hoạch xong 46 ha lúa mùa, năng suất ước đạt 58 tạ/ha; làm đất được 12 ha để trồng ngô, "
              "khoai tây vụ đông; thu quỹ phòng, chống thiên tai đạt 85% số hộ; đảng viên đóng đảng phí đủ. Tồn "
              "tại: tỷ lệ người dân tham gia bảo hiểm y tế mới đạt 87%; còn hộ đốt rơm rạ ngoài đồng; đồng chí "
              "Lê Văn Tùng vắng họp hai kỳ liền không báo cáo."),
            H("3. Ý kiến thảo luận"),
            P("Đồng chí Lê Văn Tám (Trưởng thôn) đề nghị giao diện tích vụ đông cụ thể cho từng xóm, vì giá giống "
              "ngô năm nay tăng, nhiều hộ còn chần chừ. Đồng chí Nguyễn Thị Hoa (Chi hội trưởng Phụ nữ) cho biết "
              "còn sáu mươi tư người chưa có thẻ bảo hiểm y tế, phần lớn là lao động tự do, đề nghị vận động mua "
              "theo hộ gia đình. Đồng chí Trịnh Đình Lực (Chi hội trưởng Cựu chiến binh) đề nghị chi ủy sớm gặp "
              "đồng chí Tùng, không để kéo dài."),
            H("4. Kết luận"),
            P("Đồng chí Lê Thị Nhung kết luận: tháng Mười, chi bộ lãnh đạo gieo trồng đủ 25 ha cây vụ đông; nâng "
              "tỷ lệ tham gia bảo hiểm y tế lên trên 92%; tuyên truyền không đốt rơm rạ; chuẩn bị chu đáo Ngày "
              "hội Đại đoàn kết; làm rõ việc vắng họp của đồng chí Lê Văn Tùng, báo cáo Đảng ủy xã."),
            P("Chi bộ biểu quyết thông qua nghị quyết tháng Mười: hai mươi tư trên hai mươi tư đồng chí có mặt "
              "tán thành, đạt một trăm phần trăm."),
            H("5. Phân công"),
            P("Giao đồng chí Lê Văn Tám chỉ đạo các xóm hoàn thành gieo trồng cây vụ đông trước ngày 25/10/2024. "
              "Đồng chí Nguyễn Thị Hoa vận động hội viên phụ nữ mua bảo hiểm y tế cho cả hộ, xong trong tháng "
              "Mười Một. Đồng chí Trịnh Văn Hải gặp đồng chí Lê Văn Tùng, báo cáo chi bộ tại kỳ họp tháng sau. "
              "Ban công tác Mặt trận thôn chuẩn bị Ngày hội Đại đoàn kết, hoàn thành trước 15/11."),
            P("Cuộc họp kết thúc vào hồi hai mươi mốt giờ mười lăm phút cùng ngày. Biên bản đã được đọc lại cho "
              "các đồng chí dự họp nghe và nhất trí thông qua."),
            S(["THƯ KÝ", "", "Trịnh Văn Hải"], ["CHỦ TRÌ", "", "Lê Thị Nhung"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-08", "19:30", "21:15", "Nhà văn hóa thôn Yên Trung",
                    "CHI BỘ THÔN YÊN TRUNG", "ĐẢNG BỘ XÃ ĐỊNH TÂN"),
            "Lê Thị Nhung", "Bí thư chi bộ", "Trịnh Văn Hải",
            attendance(32, 24, 3, 2, 1, 5, [("Lê Văn Tùng", "không có lý do", False)],
                       [("Mai Xuân Sơn", "Đảng ủy viên phụ trách chi bộ")]),
            True,
            [vote("Nghị quyết tháng Mười", 24, None, None, 100)],
            [task("Lê Văn Tám", "chỉ đạo các xóm hoàn thành gieo trồng cây vụ đông", "25/10/2024"),
             task("Nguyễn Thị Hoa", "vận động hội viên phụ nữ mua bảo hiểm y tế cho cả hộ", "tháng Mười Một"),
             task("Trịnh Văn Hải", "gặp đồng chí Lê Văn Tùng, báo cáo chi bộ", "kỳ họp tháng sau"),
             task("Ban công tác Mặt trận thôn", "chuẩn bị Ngày hội Đại đoàn kết", "15/11")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [],
    "scans": [{"name": "m11-thanhhoa-village-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 10011, "dpi": 200}],
})


# =================================================================================================
# m03 — Hải Phòng, port company crane team; regular + thematic combined, "13h30" to "15h25" (115 min < 120);
# full and probationary members counted on separate lines; vote as a percentage only plus one against;
# ruled task table "TT | Việc cần làm | Người phụ trách | Thời hạn" with two people in one cell.
# =================================================================================================
DOCS.append({
    "name": "m03-haiphong-port-combined-115min-percent", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.3, "para_gap": 3,
              "left": 70, "right": 50, "head": "Chi bộ Đội Cần trục – Biên bản sinh hoạt tháng 8/2024",
              "head_align": "right"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CP CẢNG HẢI AN", "CHI BỘ ĐỘI CẦN TRỤC", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Phòng, ngày 22 tháng 8 năm 2024"]),
            G(8),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8/2024"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ III/2024"),
            C("Chuyên đề: Thực hành tiết kiệm, chống lãng phí trong khai thác thiết bị xếp dỡ", bold=False,
              italic=True),
            G(6),
            L("Thời gian: từ 13h30 đến 15h25 ngày 22/8/2024 (ngay sau ca sáng)."),
            L("Địa điểm: Hội trường nhà điều hành khu bến số 3."),
            L("Thành phần:"),
            L("+ Đảng viên chính thức: 20 đồng chí, có mặt 19; vắng 01 – đồng chí Bùi Văn Quyết (đi công tác "
              "tại cảng Cái Lân, Quảng Ninh)."),
            L("+ Đảng viên dự bị: 02 đồng chí, có mặt đủ 02."),
            L("+ Khách mời: đồng chí Trần Thị Bích Ngọc – Phó Bí thư Đảng ủy Công ty."),
            L("Chủ trì: đồng chí Lương Thế Bảo – Bí thư chi bộ, Đội trưởng Đội Cần trục."),
            L("Thư ký: đồng chí Nguyễn Thị Kim Oanh – Chi ủy viên."),
            H("PHẦN I. SINH HOẠT THƯỜNG KỲ"),
            L("1. Đánh giá tháng 7/2024: Đội xếp dỡ 1,12 triệu tấn hàng, đạt 103% kế hoạch; thời gian dừng máy "
              "do sự cố giảm 6 giờ so với tháng 6. Cần trục chân đế số 5 hỏng tời chính ngày 14/7, dừng 19 giờ, "
              "gây chậm giải phóng tàu; nguyên nhân chính là kiểm tra định kỳ chưa kỹ. Không có đảng viên vi phạm "
              "kỷ luật lao động."),
            L("2. Nhiệm vụ tháng 8/2024: bảo đảm năng suất bình quân 28 container/giờ/cần trục; hoàn thành bảo "
              "dưỡng cấp II cho cần trục số 2 và số 5; chuẩn bị phương án phòng, chống bão cho thiết bị trên bến."),
            H("PHẦN II. SINH HOẠT CHUYÊN ĐỀ"),
            L("Đồng chí Đào Quang Vinh, Phó Bí thư chi bộ, trình bày chuyên đề: chi phí nhiên liệu và điện năng "
              "chiếm khoảng 31% giá thành xếp dỡ của Đội; lãng phí chủ yếu do để máy chạy không tải khi chờ xe, "
              "chờ hàng và chiếu sáng bãi chưa tắt đúng giờ. Chuyên đề đề xuất năm nhóm giải pháp, trong đó có "
              "khoán định mức nhiên liệu theo ca, gắn kết quả tiết kiệm với bình xét thi đua của từng đảng viên."),
            H("Ý kiến thảo luận"),
            L("- Đ/c Phạm Văn Thạo (Tổ trưởng tổ cần trục số 2): nhất trí khoán nhiên liệu theo ca, nhưng phải tính "
              "riêng các ca làm tàu hàng rời vì thời gian chờ hàng dài, máy không thể tắt liên tục."),
            L("- Đ/c Nguyễn Thị Kim Oanh: đề nghị lắp công tơ điện riêng cho khu bãi container lạnh, có số liệu mới "
              "đánh giá được tiết kiệm hay lãng phí."),
            L("- Đ/c Trần Thị Bích Ngọc: ghi nhận chuyên đề sát thực tế; đề nghị chọn một tổ làm thí điểm trước "
              "khi áp dụng cho toàn Đội."),
            H("Kết luận"),
            L("Đồng chí Lương Thế Bảo kết luận: chi bộ thống nhất với đánh giá tháng 7 và nhiệm vụ tháng 8; thí "
              "điểm khoán nhiên liệu theo ca tại tổ cần trục số 2 từ tháng 9, sơ kết vào cuối quý III để nhân "
              "rộng; sự cố cần trục số 5 phải được rút kinh nghiệm trong toàn Đội."),
            L("Biểu quyết thông qua kết luận và nội dung chuyên đề: tỷ lệ tán thành 95,2%; 01 đồng chí không tán "
              "thành (đề nghị đưa ngay chỉ tiêu tiết kiệm vào quy chế trả lương)."),
            H("Phân công thực hiện"),
            T([(0.07, "TT", "c"), (0.45, "Việc cần làm", "l"), (0.27, "Người phụ trách", "l"),
               (0.21, "Thời hạn", "l")],
              [["1", "Hoàn thành bảo dưỡng cấp II cần trục số 2 và số 5", "Đ/c Đào Quang Vinh", "31/8/2024"],
               ["2", "Xây dựng định mức nhiên liệu theo ca, thí điểm tại tổ cần trục số 2",
                "Đ/c Phạm Văn Thạo, đ/c Nguyễn Thị Kim Oanh", "Quý III/2024"],
               ["3", "Kiểm tra tời, cáp, phanh trước khi giao ca", "Tổ cần trục số 1", "Hằng ca"],
               ["4", "Lập phương án chằng buộc cần trục phòng, chống bão", "Đ/c Lương Thế Bảo",
                "Trước 31/8/2024"]]),
            L("Cuộc họp kết thúc lúc 15h25 cùng ngày. Biên bản được đọc lại, các đồng chí dự họp nhất trí thông "
              "qua."),
            S(["THƯ KÝ", "", "", "Nguyễn Thị Kim Oanh"], ["CHỦ TRÌ", "", "", "Lương Thế Bảo"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-22", "13:30", "15:25", "Hội trường nhà điều hành khu bến số 3",
                    "CHI BỘ ĐỘI CẦN TRỤC", "ĐẢNG BỘ CÔNG TY CP CẢNG HẢI AN",
                    topic="Thực hành tiết kiệm, chống lãng phí trong khai thác thiết bị xếp dỡ"),
            "Lương Thế Bảo", "Bí thư chi bộ", "Nguyễn Thị Kim Oanh",
            attendance(22, 21, 1, 1, 0, 0,
                       [("Bùi Văn Quyết", "đi công tác tại cảng Cái Lân, Quảng Ninh", True)],
                       [("Trần Thị Bích Ngọc", "Phó Bí thư Đảng ủy Công ty")]),
            True,
            [vote("Kết luận và nội dung chuyên đề", None, 1, None, 95.2)],
            [task("Đào Quang Vinh", "Hoàn thành bảo dưỡng cấp II cần trục số 2 và số 5", "31/8/2024"),
             task("Phạm Văn Thạo", "Xây dựng định mức nhiên liệu theo ca, thí điểm tại tổ cần trục số 2",
                  "Quý III/2024"),
             task("Nguyễn Thị Kim Oanh", "Xây dựng định mức nhiên liệu theo ca, thí điểm tại tổ cần trục số 2",
                  "Quý III/2024"),
             task("Tổ cần trục số 1", "Kiểm tra tời, cáp, phanh trước khi giao ca", "Hằng ca"),
             task("Lương Thế Bảo", "Lập phương án chằng buộc cần trục phòng, chống bão", "31/8/2024")],
            ["short_meeting"]),
    }],
    "flags": [],
})


# =================================================================================================
# m04 — Nghệ An (Nghi Lộc), lower-secondary school; thematic "QUÝ IV" + "Chuyên đề:"; "Vắng: 03" lists an
# exempt member among the absentees (present 18 of the 20 not exempt = exactly 90 %); 14 giờ to 15 giờ 30
# (exactly 90 min); "nhất trí 100% ... không có ý kiến khác". Clean.
# =================================================================================================
DOCS.append({
    "name": "m04-nghean-school-thematic-exempt-among-absent-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13.5, "justify": False, "indent": 30, "spacing": 1.25,
              "left": 78, "right": 52, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ NGHI PHONG", "CHI BỘ TRƯỜNG THCS NGHI PHONG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nghi Phong, ngày 12 tháng 11 năm 2024"]),
            G(8),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2024"),
            C("Chuyên đề: Đảng viên nhà giáo nêu gương về đạo đức, tự học và sáng tạo", bold=False, italic=True),
            G(8),
            H("I. THỜI GIAN, ĐỊA ĐIỂM"),
            P("Thời gian: 14 giờ, ngày 12/11/2024."),
            P("Địa điểm: Phòng họp Hội đồng sư phạm nhà trường."),
            H("II. THÀNH PHẦN"),
            P("Tổng số đảng viên: 21 đồng chí."),
            P("Có mặt: 18 đồng chí (trong đó có 02 đảng viên dự bị)."),
            P("Vắng: 03 đồng chí, gồm:"),
            L("1. Đồng chí Hồ Thị Thanh Vân – ốm, đang nằm viện;"),
            L("2. Đồng chí Trần Văn Lịch – đi chấm thi giáo viên dạy giỏi cấp huyện;"),
            L("3. Đồng chí Nguyễn Đình Ngọ – đã được Đảng ủy xã đồng ý miễn sinh hoạt đảng."),
            P("Chủ trì: đồng chí Nguyễn Văn Quế – Bí thư chi bộ, Hiệu trưởng."),
            P("Thư ký: đồng chí Hoàng Thị Minh Phương."),
            H("III. NỘI DUNG"),
            P("1. Đồng chí Phan Thị Hải Yến, Phó Bí thư chi bộ, trình bày chuyên đề. Chuyên đề nêu những tấm "
              "gương nhà giáo tận tụy của trường trong năm học 2023 – 2024, chỉ ra hạn chế: một bộ phận đảng viên "
              "ngại đổi mới phương pháp, còn dạy theo lối đọc – chép; việc tự học ngoại ngữ, tin học chưa thường "
              "xuyên; có đảng viên chưa gương mẫu trong việc không dạy thêm trái quy định."),
            P("2. Thảo luận:"),
            P("- Đồng chí Lê Thị Thu Hà (tổ Khoa học xã hội) đề nghị mỗi đảng viên đăng ký một việc làm cụ thể, "
              "có thể đo được, tránh đăng ký chung chung như những năm trước."),
            P("- Đồng chí Võ Văn Đức (tổ Khoa học tự nhiên) nêu khó khăn khi dạy môn Khoa học tự nhiên tích hợp: "
              "giáo viên phải dạy cả phân môn trái chuyên ngành; đề xuất tổ chức dạy học theo chủ đề STEM để giáo "
              "viên hỗ trợ nhau."),
            P("- Đồng chí Nguyễn Thị Sen (đảng viên dự bị) xin nhận kèm cặp hai giáo viên hợp đồng mới về trường."),
            P("3. Kết luận: đồng chí Nguyễn Văn Quế kết luận: chi bộ thống nhất với nội dung chuyên đề; từ nay "
              "đến hết năm học, mỗi đảng viên đăng ký ít nhất một việc làm nêu gương cụ thể; không có đảng viên dạy "
              "thêm trái quy định; tổ chức ít nhất một chủ đề STEM cấp trường trong học kỳ I."),
            P("4. Biểu quyết: Chi bộ biểu quyết nhất trí 100% với nội dung chuyên đề và kết luận của đồng chí chủ "
              "trì; không có ý kiến khác."),
            P("5. Phân công:"),
            P("- Đồng chí Phan Thị Hải Yến tổng hợp bản đăng ký nêu gương của từng đảng viên, nộp Đảng ủy xã trước "
              "ngày 30/11/2024."),
            P("- Đồng chí Võ Văn Đức cùng tổ Khoa học tự nhiên xây dựng chủ đề dạy học STEM cấp trường, báo cáo "
              "kết quả trong học kỳ I."),
            P("- Chi đoàn giáo viên tổ chức sân chơi “Thầy cô – những người lái đò” chào mừng ngày 20/11, hoàn "
              "thành trước 18/11/2024."),
            P("Buổi sinh hoạt kết thúc lúc 15 giờ 30 phút cùng ngày. Thư ký đọc lại biên bản, chi bộ nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Hoàng Thị Minh Phương"], ["T/M CHI BỘ", "BÍ THƯ", "", "Nguyễn Văn Quế"]),
        ],
        "truth": minute(
            meeting("thematic", "2024-11-12", "14:00", "15:30", "Phòng họp Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG THCS NGHI PHONG", "ĐẢNG BỘ XÃ NGHI PHONG",
                    topic="Đảng viên nhà giáo nêu gương về đạo đức, tự học và sáng tạo"),
            "Nguyễn Văn Quế", "Bí thư chi bộ", "Hoàng Thị Minh Phương",
            attendance(21, 18, 2, 2, 0, 1,
                       [("Hồ Thị Thanh Vân", "ốm, đang nằm viện", True),
                        ("Trần Văn Lịch", "đi chấm thi giáo viên dạy giỏi cấp huyện", True)]),
            True,
            [vote("Nội dung chuyên đề và kết luận của đồng chí chủ trì", None, None, 0, 100)],
            [task("Phan Thị Hải Yến", "tổng hợp bản đăng ký nêu gương của từng đảng viên, nộp Đảng ủy xã",
                  "30/11/2024"),
             task("Võ Văn Đức", "cùng tổ Khoa học tự nhiên xây dựng chủ đề dạy học STEM cấp trường, báo cáo kết "
                  "quả", "học kỳ I"),
             task("Chi đoàn giáo viên", "tổ chức sân chơi “Thầy cô – những người lái đò” chào mừng ngày 20/11",
                  "18/11/2024")],
            []),
    }],
    "flags": [],
})


# =================================================================================================
# m05 — Lào Cai (Bát Xát), border-post cell; extraordinary meeting on the morning the storm's rain came;
# ranks before names; "07 giờ 30 phút" ... "08 giờ 55 phút" (85 min); two votes by show of hands, one with
# a member not voting; tasks with hours ("trước 10 giờ ngày 08/9/2024", "hằng giờ").
# =================================================================================================
DOCS.append({
    "name": "m05-laocai-border-post-extraordinary-85min", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": True, "indent": 24, "spacing": 1.35,
              "left": 72, "right": 52, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ ĐỒN BIÊN PHÒNG Y TÝ", "CHI BỘ ĐỘI VŨ TRANG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Y Tý, ngày 08 tháng 9 năm 2024"]),
            G(8),
            C("BIÊN BẢN", size=13),
            C("HỌP CHI BỘ BẤT THƯỜNG"),
            C("V/v lãnh đạo ứng phó mưa lũ do hoàn lưu bão số 3", bold=False, italic=True),
            G(6),
            P("Thời gian: 07 giờ 30 phút, ngày 08/9/2024."),
            P("Địa điểm: Hội trường Đồn Biên phòng Y Tý."),
            P("Quân số đảng viên: 17 đồng chí; có mặt 16 đồng chí; vắng 01 đồng chí (Thiếu úy Vàng A Dình đang "
              "làm nhiệm vụ tại chốt kiểm soát A Lù)."),
            P("Dự và chỉ đạo: Thiếu tá Lý Văn Hùng, Đảng ủy viên, Chính trị viên Đồn."),
            P("Chủ trì: Thượng úy Giàng Seo Phử, Bí thư chi bộ, Đội trưởng Đội vũ trang. Thư ký: Trung úy Lục Văn "
              "Tiến."),
            H("1. Lý do họp"),
            P("Hoàn lưu bão số 3 gây mưa rất to trên địa bàn từ đêm 07/9; lượng mưa đo tại Y Tý trong 12 giờ "
              "qua đã trên 180 mm, nhiều tuyến đường liên thôn bị sạt lở, nguy cơ lũ quét dọc suối Ngải Thầu rất "
              "cao. Thực hiện điện khẩn của Đảng ủy Đồn, chi bộ họp bất thường để thống nhất lãnh đạo lực lượng "
              "phối hợp với xã ứng phó."),
            H("2. Tình hình và phương án"),
            P("Đồng chí Bí thư chi bộ thông báo: thôn Ngải Thầu Thượng có 11 hộ ở sát taluy đã xuất hiện vết nứt; "
              "đường từ đồn xuống thôn Lao Chải bị sạt hai điểm, xe không qua được. Phương án: huy động 24 cán bộ, "
              "chiến sĩ, chia 03 tổ công tác phối hợp với xã di dời dân, mở đường tạm bằng thủ công; lực lượng "
              "còn lại trực sẵn sàng tại đơn vị."),
            H("3. Ý kiến"),
            P("- Đồng chí Hoàng Văn Nam: đề nghị di dời ngay trong buổi sáng, không chờ đến khi mưa to hơn, vì "
              "ban đêm rất khó cứu hộ."),
            P("- Đồng chí Ly Seo Chá: xin đi cùng cán bộ thôn để vận động bằng tiếng Mông, nhiều cụ già không "
              "muốn rời nhà."),
            P("- Đồng chí Lý Văn Hùng: nhất trí phương án; yêu cầu bảo đảm tuyệt đối an toàn cho lực lượng, mỗi "
              "tổ có dây, áo phao, bộ đàm; báo cáo về Ban Chỉ huy Đồn theo từng mốc thời gian."),
            H("4. Kết luận"),
            P("Đồng chí Giàng Seo Phử kết luận: chi bộ thống nhất phương án; ưu tiên số một là tính mạng người "
              "dân, di dời xong 11 hộ thôn Ngải Thầu Thượng trong buổi sáng; đảng viên đi đầu, nhận việc khó; "
              "tuyệt đối không để cán bộ, chiến sĩ tự ý vượt suối khi nước lên."),
            H("5. Biểu quyết"),
            P("- Phương án huy động lực lượng: 16/16 đồng chí giơ tay tán thành (100%)."),
            P("- Trích quỹ chi bộ 3.000.000 đồng mua lương thực hỗ trợ các hộ phải di dời: 15/16 đồng chí tán "
              "thành, 01 đồng chí không biểu quyết."),
            H("6. Phân công"),
            P("- Thượng úy Hoàng Văn Nam chỉ huy tổ công tác 06 đồng chí xuống thôn Ngải Thầu Thượng giúp di dời "
              "11 hộ, có mặt trước 10 giờ ngày 08/9/2024."),
            P("- Trung úy Lục Văn Tiến bảo đảm lương thực, thuốc men, áo phao dự trữ đủ 07 ngày, xong trong ngày "
              "08/9."),
            P("- Đồng chí Ly Seo Chá cùng Trưởng thôn vận động người già, trẻ em đến điểm tránh trú tại nhà văn "
              "hóa thôn."),
            P("- Tổ trực ban thường trực 24/24 giờ, báo cáo tình hình về Ban Chỉ huy Đồn hằng giờ."),
            P("Cuộc họp kết thúc lúc 08 giờ 55 phút cùng ngày. Biên bản đã được đọc lại, các đồng chí dự họp nhất "
              "trí thông qua."),
            S(["THƯ KÝ", "", "", "Trung úy Lục Văn Tiến"], ["BÍ THƯ CHI BỘ", "", "", "Thượng úy Giàng Seo Phử"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-08", "07:30", "08:55", "Hội trường Đồn Biên phòng Y Tý",
                    "CHI BỘ ĐỘI VŨ TRANG", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG Y TÝ"),
            "Giàng Seo Phử", "Bí thư chi bộ", "Lục Văn Tiến",
            attendance(17, 16, 1, 1, 0, 0,
                       [("Vàng A Dình", "đang làm nhiệm vụ tại chốt kiểm soát A Lù", True)],
                       [("Lý Văn Hùng", "Đảng ủy viên, Chính trị viên Đồn")]),
            True,
            [vote("Phương án huy động lực lượng", 16, None, None, 100),
             vote("Trích quỹ chi bộ hỗ trợ các hộ phải di dời", 15, None, 1, None)],
            [task("Hoàng Văn Nam", "chỉ huy tổ công tác 06 đồng chí xuống thôn Ngải Thầu Thượng giúp di dời 11 "
                  "hộ", "10 giờ ngày 08/9/2024"),
             task("Lục Văn Tiến", "bảo đảm lương thực, thuốc men, áo phao dự trữ đủ 07 ngày", "ngày 08/9"),
             task("Ly Seo Chá", "cùng Trưởng thôn vận động người già, trẻ em đến điểm tránh trú tại nhà văn hóa "
                  "thôn", None),
             task("Tổ trực ban", "thường trực 24/24 giờ, báo cáo tình hình về Ban Chỉ huy Đồn hằng giờ",
                  "hằng giờ")],
            ["short_meeting"]),
    }],
    "flags": [],
})


# =================================================================================================
# m06 — Nam Định city, retired cadres' cell; Serif 14; counts spread over four sentences, 11 exempt counted
# only, 21 of 23 present (91.3 %); "*" headings; opinions only summarised with nobody named; a conclusion
# and named tasks, but the only vote is on the minutes.
# =================================================================================================
DOCS.append({
    "name": "m06-namdinh-retired-cadres-unnamed-minutes-vote-only", "folder": "dev",
    "style": {"family": "serif", "size": 14, "justify": True, "indent": 32, "spacing": 1.35,
              "left": 85, "right": 55, "head": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG NĂNG TĨNH", "CHI BỘ CÁN BỘ HƯU TRÍ SỐ 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Định, ngày 05 tháng 6 năm 2024"]),
            G(10),
            C("BIÊN BẢN HỌP CHI BỘ ĐỊNH KỲ THÁNG 6/2024", size=15),
            G(8),
            P("Hồi 8 giờ 00 ngày 05/6/2024, tại nhà văn hóa tổ dân phố số 3, phường Năng Tĩnh, Chi bộ cán bộ hưu "
              "trí số 2 họp định kỳ tháng 6."),
            P("Chi bộ hiện có 34 đảng viên. Mười một đồng chí được miễn sinh hoạt do tuổi cao, sức yếu (trong đó có "
              "03 đồng chí 60 năm tuổi Đảng). Số phải dự sinh hoạt là 23 đồng chí."),
            P("Đến dự 21 đồng chí. Vắng 02 đồng chí, đều có lý do: đồng chí Trần Văn Khải đang điều trị tại Bệnh "
              "viện Đa khoa tỉnh; đồng chí Vũ Thị Nụ ở nhà chăm chồng ốm."),
            P("Đồng chí Bùi Quang Tiến, Bí thư chi bộ, chủ trì; đồng chí Đinh Thị Loan ghi biên bản."),
            H("* Thông tin thời sự"),
            P("Đồng chí Bí thư thông tin kết quả Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XIII; "
              "phổ biến kế hoạch của Đảng ủy phường về tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới "
              "và về phòng, chống đuối nước cho trẻ em trong dịp hè."),
            H("* Đánh giá tháng 5"),
            P("Đảng viên trong chi bộ tham gia đầy đủ các hoạt động kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí "
              "Minh; 100% đảng viên đóng đảng phí; chi ủy thăm hỏi 04 đồng chí ốm, phúng viếng 01 đồng chí từ "
              "trần. Hạn chế: việc nắm tình hình đảng viên ốm dài ngày còn chậm; phế thải xây dựng đổ ở đầu ngõ "
              "112 phản ánh từ tháng 4 nhưng chưa được xử lý."),
            H("* Ý kiến của đảng viên"),
            P("Các đồng chí dự họp cơ bản nhất trí với báo cáo. Một số ý kiến đề nghị chi ủy quan tâm hơn đến "
              "đảng viên ốm đau dài ngày, đến thăm tại nhà chứ không chỉ gửi quà. Có ý kiến phản ánh xe chở phế "
              "thải vẫn đổ trộm vào ban đêm ở đầu ngõ 112, đề nghị chi bộ kiến nghị với phường. Cũng có ý kiến đề "
              "nghị tổ chức cho đảng viên đi thăm Khu di tích lịch sử Đền Trần vào dịp thu."),
            H("* Kết luận của đồng chí Bí thư"),
            P("Tháng 6, chi bộ tiếp tục vận động đảng viên và gia đình gương mẫu giữ gìn vệ sinh khu dân cư, "
              "trông giữ con cháu trong dịp hè, không để trẻ tắm sông, hồ; chi ủy đến thăm tại nhà các đồng chí "
              "ốm dài ngày; có văn bản kiến nghị Ủy ban nhân dân phường xử lý dứt điểm điểm đổ phế thải ở ngõ 112. "
              "Việc đi thăm Đền Trần sẽ bàn lại khi có kinh phí."),
            H("* Phân công"),
            P("Đồng chí Phạm Văn Dậu, chi ủy viên, thu đảng phí quý II và nộp Đảng ủy phường trước ngày "
              "25/6/2024. Đồng chí Đinh Thị Loan soạn văn bản kiến nghị về điểm đổ phế thải ở ngõ 112, trình Bí thư "
              "ký trong tuần này. Đồng chí Bùi Quang Tiến và đồng chí Phạm Văn Dậu đến thăm các đồng chí Trần Văn "
              "Khải, Vũ Thị Nụ trong tháng 6."),
            P("Cuộc họp kết thúc lúc 10 giờ 10 phút. Biên bản đã được đọc lại trước chi bộ; các đồng chí dự họp "
              "biểu quyết thông qua biên bản với 21/21 ý kiến tán thành (100%)."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Đinh Thị Loan"], ["BÍ THƯ CHI BỘ", "", "", "Bùi Quang Tiến"]),
        ],
        "truth": minute(
            meeting("regular", "2024-06-05", "08:00", "10:10", "nhà văn hóa tổ dân phố số 3, phường Năng Tĩnh",
                    "CHI BỘ CÁN BỘ HƯU TRÍ SỐ 2", "ĐẢNG BỘ PHƯỜNG NĂNG TĨNH"),
            "Bùi Quang Tiến", "Bí thư chi bộ", "Đinh Thị Loan",
            attendance(34, 21, 2, 2, 0, 11,
                       [("Trần Văn Khải", "đang điều trị tại Bệnh viện Đa khoa tỉnh", True),
                        ("Vũ Thị Nụ", "ở nhà chăm chồng ốm", True)]),
            True,
            [],
            [task("Phạm Văn Dậu", "thu đảng phí quý II và nộp Đảng ủy phường", "25/6/2024"),
             task("Đinh Thị Loan", "soạn văn bản kiến nghị về điểm đổ phế thải ở ngõ 112, trình Bí thư ký",
                  "tuần này"),
             task("Bùi Quang Tiến", "đến thăm các đồng chí Trần Văn Khải, Vũ Thị Nụ", "tháng 6"),
             task("Phạm Văn Dậu", "đến thăm các đồng chí Trần Văn Khải, Vũ Thị Nụ", "tháng 6")],
            ["missing_vote", "no_discussion"]),
    }],
    "flags": [],
})


# =================================================================================================
# m07 — Cao Bằng (Trùng Khánh), Tày/Nùng hamlet; a printed form typed in Liberation Mono; "19g00" ... "20g45";
# counts in form fields (12 of 14, no exempt) with "(ghi rõ họ tên, lý do)" left over the filled names,
# "Khách mời: ……", "Ý kiến khác: ……", "(Ký, ghi rõ họ tên)"; never read back. Its photocopy scan is m12.
# =================================================================================================
DOCS.append({
    "name": "m07-caobang-hamlet-form-low-not-approved", "folder": "dev",
    "style": {"family": "mono", "size": 10, "justify": False, "indent": 0, "spacing": 1.3,
              "left": 60, "right": 45, "top": 45, "bottom": 40, "para_gap": 1.5},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ ĐÀM THỦY", "CHI BỘ XÓM PÒ PEO", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đàm Thủy, ngày 07 tháng 3 năm 2025"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ", size=11),
            C("Tháng 03 năm 2025", bold=False, size=10),
            G(6),
            L("1. Thời gian: bắt đầu hồi 19g00, ngày 07/3/2025."),
            L("2. Địa điểm: Nhà văn hóa xóm Pò Peo."),
            L("3. Thành phần:"),
            L("- Tổng số đảng viên của chi bộ: 14 đ/c. Miễn sinh hoạt: 0 đ/c."),
            L("- Đảng viên có mặt: 12 đ/c. Vắng: 02 đ/c (có lý do: 01; không lý do: 01)."),
            L("- Đảng viên vắng (ghi rõ họ tên, lý do): Nông Văn Sình – đi làm thuê ở Bắc Ninh; Hoàng Văn Lạn – "
              "không lý do."),
            L("- Khách mời: ……………………………………"),
            L("- Chủ trì: đ/c Lương Văn Thuận – Bí thư chi bộ."),
            L("- Thư ký: đ/c Nông Thị Liên."),
            L("4. Nội dung sinh hoạt:"),
            L("a) Thông tin, văn bản mới: đ/c Bí thư thông tin về việc sắp xếp, tinh gọn tổ chức bộ máy của hệ "
              "thống chính trị; kế hoạch phòng cháy, chữa cháy rừng mùa khô 2024 – 2025 của UBND xã."),
            L("b) Kết quả tháng 02/2025: xóm đón trên 1.200 lượt khách du lịch dịp Tết, 06 hộ làm homestay hoạt "
              "động ổn định; làm đất xong 8,5 ha ruộng lúa xuân; không có cháy rừng. Tồn tại: còn 02 hộ đốt "
              "nương không báo tổ bảo vệ rừng; đ/c Hoàng Văn Lạn vắng sinh hoạt tháng 02 không lý do."),
            L("c) Nhiệm vụ tháng 3/2025: gieo cấy xong lúa xuân; chăm sóc, tỉa cành 15 ha cây dẻ; trực phòng "
              "cháy rừng 24/24 giờ trong những ngày nắng nóng; giữ vệ sinh tuyến đường vào thác."),
            L("5. Ý kiến thảo luận:"),
            L("- Đ/c Hoàng Thị Mỷ: đề nghị các hộ homestay thống nhất giá phòng, niêm yết công khai, không để khách "
              "phàn nàn như dịp Tết."),
            L("- Đ/c Lục Văn Khâm (Trưởng xóm): xin chi bộ cho lập thêm một tổ xung kích phòng cháy rừng gồm thanh "
              "niên trong xóm."),
            L("6. Kết luận của chủ trì: đ/c Lương Văn Thuận kết luận: thống nhất nhiệm vụ tháng 3; lập tổ xung "
              "kích phòng cháy rừng 08 người; các hộ homestay niêm yết giá trước ngày 15/3; chi ủy gặp đ/c Hoàng "
              "Văn Lạn để nhắc nhở, nếu còn vắng sẽ xem xét theo quy định."),
            L("7. Biểu quyết: Tán thành: 12/12 đ/c, đạt 100%. Không tán thành: 0 đ/c. Ý kiến khác: ……"),
            L("8. Phân công thực hiện: giao đ/c Lục Văn Khâm lập danh sách tổ xung kích phòng cháy rừng, xong trước "
              "ngày 10/3/2025; đ/c Hoàng Thị Mỷ vận động các hộ homestay niêm yết giá phòng trước 15/3; Tổ bảo vệ "
              "rừng xóm tổ chức tuần tra, canh lửa rừng hằng ngày."),
            L("Buổi sinh hoạt kết thúc hồi 20g45 cùng ngày."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Nông Thị Liên"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Lương Văn Thuận"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-07", "19:00", "20:45", "Nhà văn hóa xóm Pò Peo",
                    "CHI BỘ XÓM PÒ PEO", "ĐẢNG BỘ XÃ ĐÀM THỦY"),
            "Lương Văn Thuận", "Bí thư chi bộ", "Nông Thị Liên",
            attendance(14, 12, 2, 1, 1, 0,
                       [("Nông Văn Sình", "đi làm thuê ở Bắc Ninh", True),
                        ("Hoàng Văn Lạn", "không lý do", False)]),
            True,
            [vote("Nhiệm vụ tháng 3 và kết luận", 12, 0, None, 100)],
            [task("Lục Văn Khâm", "lập danh sách tổ xung kích phòng cháy rừng", "10/3/2025"),
             task("Hoàng Thị Mỷ", "vận động các hộ homestay niêm yết giá phòng", "15/3"),
             task("Tổ bảo vệ rừng xóm", "tổ chức tuần tra, canh lửa rừng hằng ngày", "hằng ngày")],
            ["low_attendance", "not_approved", "unexcused_absence", "unfilled_template"]),
    }],
    "flags": [],
    "scans": [{"name": "m12-caobang-hamlet-form-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 10012, "dpi": 200}],
})


# =================================================================================================
# m08 — Quảng Trị (Gio Linh), commune police; title month in Roman figures ("THÁNG III/2025") held on
# 03/4/2025; ranks before names; only LAST month's minutes are read out at the start; the plan is voted
# 19/20 (95 %) with one against; the chair only takes in the opinions and thanks; named tasks.
# =================================================================================================
DOCS.append({
    "name": "m08-quangtri-police-roman-month-no-conclusion", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 26, "spacing": 1.3,
              "left": 75, "right": 52, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG AN HUYỆN GIO LINH", "CHI BỘ CÔNG AN XÃ GIO VIỆT", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Gio Việt, ngày 03 tháng 4 năm 2025"]),
            G(8),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG III/2025"),
            G(6),
            P("Vào lúc 14 giờ 05 phút ngày 03/4/2025, tại Phòng họp Công an xã Gio Việt, Chi bộ Công an xã Gio "
              "Việt tổ chức sinh hoạt thường kỳ tháng III/2025. Kỳ sinh hoạt lùi sang đầu tháng 4 do đơn vị tập "
              "trung lực lượng bảo đảm an ninh, trật tự các hoạt động kỷ niệm 50 năm Ngày giải phóng tỉnh Quảng "
              "Trị (19/3/1975 – 19/3/2025)."),
            P("Chi bộ có 22 đảng viên. Dự sinh hoạt 20 đồng chí. Hai đồng chí vắng có lý do: Trung úy Lê Quang "
              "Huy đi học lớp bồi dưỡng nghiệp vụ tại Công an tỉnh; Thiếu úy Hồ Văn Chiến đang trực chốt bảo đảm "
              "an ninh khu vực cầu Hiền Lương."),
            P("Thiếu tá Nguyễn Hữu Phước, Bí thư chi bộ, Trưởng Công an xã chủ trì; Thượng úy Trần Thị Ngọc Ánh "
              "ghi biên bản."),
            H("I. THÔNG QUA BIÊN BẢN KỲ TRƯỚC"),
            P("Đồng chí thư ký đọc lại biên bản sinh hoạt chi bộ tháng 02/2025. Chi bộ nhất trí thông qua, không "
              "có ý kiến bổ sung."),
            H("II. KẾT QUẢ CÔNG TÁC THÁNG III/2025"),
            P("Trong tháng, Công an xã tiếp nhận 14 tin báo, giải quyết 12 tin; phát hiện, xử lý 03 vụ đánh bạc "
              "với 17 đối tượng; tổ chức 31 ca tuần tra, kiểm soát, lập biên bản 46 trường hợp vi phạm trật tự "
              "an toàn giao thông; bảo đảm tuyệt đối an toàn các hoạt động kỷ niệm trên địa bàn. Hạn chế: còn 02 "
              "tin báo quá hạn giải quyết; tỷ lệ trẻ em dưới 14 tuổi được cấp căn cước mới đạt 61%."),
            H("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 4/2025"),
            P("Giải quyết dứt điểm tin báo tồn; tăng cường tuần tra ban đêm trên Quốc lộ 1 đoạn qua xã; đẩy "
              "nhanh cấp căn cước cho trẻ em; bảo đảm an ninh dịp 30/4 và 01/5."),
            H("IV. THẢO LUẬN"),
            P("Thượng úy Trần Đình Khoa cho rằng hai tin báo quá hạn đều liên quan tranh chấp đất, cần phối hợp "
              "với cán bộ địa chính xã mới giải quyết được. Đại úy Phan Văn Lợi đề nghị bố trí tổ tuần tra đêm cố "
              "định từ 22 giờ đến 2 giờ sáng, vì phần lớn vụ đua xe xảy ra trong khung giờ này. Trung úy Nguyễn "
              "Thị Diệu đề xuất làm căn cước lưu động tại nhà văn hóa các thôn vào ngày thứ Bảy để phụ huynh đưa "
              "trẻ đến."),
            P("Chi bộ biểu quyết thông qua phương hướng, nhiệm vụ tháng 4/2025: 19/20 đồng chí tán thành (95%), "
              "01 đồng chí không tán thành."),
            H("V. PHÂN CÔNG"),
            P("- Thượng úy Trần Đình Khoa: xác minh, giải quyết dứt điểm 02 tin báo còn tồn, báo cáo trước ngày "
              "15/4/2025."),
            P("- Đại úy Phan Văn Lợi: chỉ huy tổ tuần tra đêm trên Quốc lộ 1 đoạn qua xã, hằng đêm."),
            P("- Trung úy Nguyễn Thị Diệu: tổ chức cấp căn cước lưu động cho trẻ em tại các thôn trong tháng "
              "4/2025."),
            P("Đồng chí chủ trì tiếp thu các ý kiến thảo luận, cảm ơn các đồng chí đảng viên đã tham gia và tuyên "
              "bố kết thúc buổi sinh hoạt lúc 15 giờ 40 phút cùng ngày."),
            S(["THƯ KÝ", "", "", "Thượng úy Trần Thị Ngọc Ánh"],
              ["BÍ THƯ CHI BỘ", "", "", "Thiếu tá Nguyễn Hữu Phước"]),
        ],
        "truth": minute(
            meeting("regular", "2025-04-03", "14:05", "15:40", "Phòng họp Công an xã Gio Việt",
                    "CHI BỘ CÔNG AN XÃ GIO VIỆT", "ĐẢNG BỘ CÔNG AN HUYỆN GIO LINH", month=3),
            "Nguyễn Hữu Phước", "Bí thư chi bộ", "Trần Thị Ngọc Ánh",
            attendance(22, 20, 2, 2, 0, 0,
                       [("Lê Quang Huy", "đi học lớp bồi dưỡng nghiệp vụ tại Công an tỉnh", True),
                        ("Hồ Văn Chiến", "đang trực chốt bảo đảm an ninh khu vực cầu Hiền Lương", True)]),
            False,
            [vote("Phương hướng, nhiệm vụ tháng 4/2025", 19, 1, None, 95)],
            [task("Trần Đình Khoa", "xác minh, giải quyết dứt điểm 02 tin báo còn tồn, báo cáo", "15/4/2025"),
             task("Phan Văn Lợi", "chỉ huy tổ tuần tra đêm trên Quốc lộ 1 đoạn qua xã", "hằng đêm"),
             task("Nguyễn Thị Diệu", "tổ chức cấp căn cước lưu động cho trẻ em tại các thôn", "tháng 4/2025")],
            ["missing_conclusion", "not_approved"]),
    }],
    "flags": [],
})


# =================================================================================================
# m09 — Thái Nguyên, construction company project board; a meeting held in person and online (Zoom, two
# site points); the committee's name over two header lines; the date only above the signatures; one exempt
# named; 16/17 present; a non-member guest; "16/16 ... đạt 100%". Clean.
# =================================================================================================
DOCS.append({
    "name": "m09-thainguyen-builder-online-date-at-end-clean", "folder": "dev",
    "style": {"family": "sans", "size": 12, "justify": False, "indent": 0, "spacing": 1.3, "para_gap": 5,
              "left": 75, "right": 55},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CP XÂY DỰNG", "VÀ GIAO THÔNG THÁI NGUYÊN", "CHI BỘ BAN ĐIỀU HÀNH DỰ ÁN SỐ 2",
                "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"], bold_left=(2,), size=11),
            G(10),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THÁNG 6 NĂM 2024"),
            C("(Hình thức trực tiếp kết hợp trực tuyến)", bold=False, italic=True),
            G(8),
            L("Vào lúc 16 giờ 00 phút, Chi bộ Ban điều hành dự án số 2 sinh hoạt thường kỳ tháng 6. Điểm cầu chính "
              "đặt tại Phòng họp Ban điều hành dự án số 2; hai điểm cầu tại công trường cầu Huống Thượng và công "
              "trường đường Việt Bắc kéo dài, kết nối qua phần mềm Zoom."),
            L("Đảng viên của chi bộ: 18 đồng chí, trong đó đồng chí Hà Văn Luận đang điều trị bệnh dài ngày, được "
              "miễn sinh hoạt. Tham dự 16/17 đồng chí phải dự: 10 đồng chí tại điểm cầu chính, 06 đồng chí tại hai "
              "điểm cầu công trường. Vắng 01 đồng chí: Dương Thị Ngân, nghỉ phép năm (đã báo cáo chi ủy)."),
            L("Khách mời: ông Lưu Đức Mạnh, Chỉ huy trưởng công trường cầu Huống Thượng (chưa là đảng viên), dự "
              "phần đánh giá tiến độ."),
            L("Chủ trì: đồng chí Ngô Thị Hồng Vân, Bí thư chi bộ, Giám đốc Ban điều hành. Thư ký: đồng chí Ma Văn "
              "Thiết."),
            H("1. Đánh giá tháng 6/2024"),
            L("Giá trị sản lượng ước thực hiện 14,6 tỷ đồng, đạt 91% kế hoạch; cầu Huống Thượng hoàn thành đổ bê "
              "tông trụ T3, T4; đường Việt Bắc kéo dài chậm 12 ngày do vướng mặt bằng 260 m. Giải ngân được 38% "
              "vốn năm. "
              "Không xảy ra tai nạn lao động. Hạn chế: hồ sơ nghiệm thu giai đoạn lập chậm, một số tổ đội chưa "
              "đeo dây an toàn khi làm việc trên cao."),
            H("2. Nhiệm vụ tháng 7/2024"),
            L("Hoàn thành dầm bản mặt cầu nhịp 3; bàn giao hồ sơ nghiệm thu giai đoạn 2 để thanh toán; phương án thi "
              "công mùa mưa bão; giữ an toàn lao động trong những ngày nắng nóng trên 38 độ."),
            H("3. Thảo luận"),
            L("- Đồng chí Triệu Văn Dũng (điểm cầu cầu Huống Thượng): mực nước sông Cầu đã lên, đề nghị đẩy nhanh "
              "đổ bê tông dầm trước đợt mưa lớn cuối tháng, tăng ca đêm."),
            L("- Đồng chí Ma Văn Thiết: hồ sơ nghiệm thu chậm vì thiếu kết quả thí nghiệm vật liệu; đề nghị Ban "
              "điều hành làm việc với đơn vị thí nghiệm."),
            L("- Ông Lưu Đức Mạnh: đề nghị cho công nhân nghỉ trưa từ 11 giờ 30 đến 14 giờ, dồn khối lượng sang "
              "sáng sớm và chiều muộn trong những ngày nắng nóng."),
            H("4. Kết luận"),
            L("Đồng chí Ngô Thị Hồng Vân kết luận: chi bộ thống nhất nhiệm vụ tháng 7; ưu tiên hoàn thành dầm nhịp "
              "3 trước mùa lũ; không nghiệm thu, thanh toán khi hồ sơ chưa đủ; đảng viên chỉ huy tổ đội chịu trách "
              "nhiệm trực tiếp về an toàn lao động ở tổ mình."),
            L("Chi bộ biểu quyết thông qua kết luận (đảng viên ở hai điểm cầu công trường giơ tay trước camera, thư "
              "ký điểm danh từng người): 16/16 đồng chí tán thành, đạt 100%."),
            H("5. Phân công"),
            L("- Giao đồng chí Triệu Văn Dũng chỉ đạo đổ bê tông dầm bản nhịp 3 cầu Huống Thượng, xong trước "
              "15/7/2024."),
            L("- Đồng chí Ma Văn Thiết hoàn thiện hồ sơ nghiệm thu giai đoạn 2, nộp chủ đầu tư trong tháng 7."),
            L("- Đồng chí Nông Quốc Bảo kiểm tra an toàn lao động tại hai công trường, báo cáo Ban điều hành hằng "
              "ngày."),
            L("Cuộc họp kết thúc lúc 17 giờ 35 phút. Biên bản được thư ký đọc lại tại điểm cầu chính và qua màn "
              "hình chia sẻ; chi bộ nhất trí thông qua."),
            P("Thái Nguyên, ngày 27 tháng 6 năm 2024", italic=True, indent=215),
            S(["THƯ KÝ", "", "", "Ma Văn Thiết"], ["BÍ THƯ CHI BỘ", "", "", "Ngô Thị Hồng Vân"]),
        ],
        "truth": minute(
            meeting("regular", "2024-06-27", "16:00", "17:35", "Phòng họp Ban điều hành dự án số 2",
                    "CHI BỘ BAN ĐIỀU HÀNH DỰ ÁN SỐ 2", "ĐẢNG BỘ CÔNG TY CP XÂY DỰNG VÀ GIAO THÔNG THÁI NGUYÊN"),
            "Ngô Thị Hồng Vân", "Bí thư chi bộ", "Ma Văn Thiết",
            attendance(18, 16, 1, 1, 0, 1, [("Dương Thị Ngân", "nghỉ phép năm (đã báo cáo chi ủy)", True)],
                       [("Lưu Đức Mạnh", "Chỉ huy trưởng công trường cầu Huống Thượng")]),
            True,
            [vote("Kết luận của đồng chí chủ trì", 16, None, None, 100)],
            [task("Triệu Văn Dũng", "chỉ đạo đổ bê tông dầm bản nhịp 3 cầu Huống Thượng", "15/7/2024"),
             task("Ma Văn Thiết", "hoàn thiện hồ sơ nghiệm thu giai đoạn 2, nộp chủ đầu tư", "tháng 7"),
             task("Nông Quốc Bảo", "kiểm tra an toàn lao động tại hai công trường, báo cáo Ban điều hành hằng "
                  "ngày", "hằng ngày")],
            []),
    }],
    "flags": [],
})


# =================================================================================================
# m10 — minute BOOK of a Thái village cell in Yên Bái (Văn Chấn), July – December 2024, five minutes typed
# on continuously: every minute after the first starts mid-page under the previous signatures and has no
# header of its own. August has no meeting; September's meeting is held on 02/10 after the storm's floods;
# October's is combined with the Q4 thematic meeting (7h30' – 9h30', exactly 120 min); December's is the
# year-end review with a lunch break. Đ/c Điêu Văn Phăng is absent without reason in July, October and
# December.
# =================================================================================================
_BOOK = "CHI BỘ BẢN NÁ KHẾT"
_BOOK_UP = "ĐẢNG BỘ XÃ SƠN LƯƠNG"
_PLACE = "nhà văn hóa bản Ná Khết"

DOCS.append({
    "name": "m10-yenbai-thai-village-book-jul-dec-2024", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 24, "spacing": 1.25, "para_gap": 2,
              "left": 75, "right": 52, "head": "Sổ biên bản sinh hoạt Chi bộ bản Ná Khết – năm 2024",
              "head_align": "right", "foot": "- {n} -"},
    "between": 22,
    "minutes": [
        # ---- 1. July: Phăng absent without reason ------------------------------------------------
        {"blocks": [
            HD([_BOOK_UP, _BOOK, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sơn Lương, ngày 06 tháng 7 năm 2024"]),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7/2024"),
            G(4),
            P("Thời gian: từ 20 giờ 00 đến 21 giờ 40 ngày 06/7/2024. Địa điểm: nhà văn hóa bản Ná Khết."),
            P("Đảng viên: 21 đồng chí; miễn sinh hoạt 02 (đ/c Hà Văn Tuấn, đ/c Lò Văn Biên, tuổi cao); phải dự 19; "
              "có mặt 18. Vắng: đ/c Điêu Văn Phăng – không lý do."),
            P("Chủ trì: đ/c Lò Văn Pành, Bí thư chi bộ. Thư ký: đ/c Hoàng Thị Kiên."),
            P("a) Thông tin: đ/c Bí thư phổ biến kế hoạch của Đảng ủy xã về phòng, chống thiên tai mùa mưa lũ năm "
              "2024 và về tổng kết 10 năm xây dựng nông thôn mới."),
            P("b) Kết quả tháng 6: bản cấy xong 23 ha lúa mùa, chậm 5 ngày so với lịch của xã do thiếu nước; 100% "
              "đảng viên đóng đảng phí; nạo vét được 1,2 km mương Bản Lứ. Tồn tại: còn 04 hộ chưa đóng quỹ phòng, "
              "chống thiên tai; đ/c Điêu Văn Phăng vắng họp không báo."),
            P("c) Ý kiến: đ/c Cầm Văn Chung (Trưởng bản) đề nghị kiểm tra ngay các hộ ở chân đồi Pú Lo, mùa mưa "
              "năm ngoái đã có đất đá lăn xuống. Đ/c Lò Thị Ỏn đề nghị chi hội phụ nữ được giao thu quỹ ở những "
              "hộ còn nợ."),
            P("d) Kết luận: đ/c Lò Văn Pành kết luận: tháng 7 tập trung chăm sóc lúa mùa, kiểm tra và lập danh "
              "sách hộ có nguy cơ sạt lở, thu đủ quỹ phòng, chống thiên tai. Biểu quyết: nhất trí 100%."),
            P("e) Phân công: đ/c Cầm Văn Chung kiểm tra, lập danh sách các hộ ở chân đồi Pú Lo, xong trước "
              "20/7; đ/c Lò Thị Ỏn cùng chi hội phụ nữ thu quỹ ở các hộ còn nợ trong tháng 7; Chi đoàn bản dọn "
              "rãnh thoát nước trục đường chính hằng tuần."),
            P("Họp xong 21 giờ 40. Biên bản đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "Hoàng Thị Kiên"], ["BÍ THƯ", "Lò Văn Pành"]),
        ],
         "truth": minute(
             meeting("regular", "2024-07-06", "20:00", "21:40", _PLACE, _BOOK, _BOOK_UP),
             "Lò Văn Pành", "Bí thư chi bộ", "Hoàng Thị Kiên",
             attendance(21, 18, 1, 0, 1, 2, [("Điêu Văn Phăng", "không lý do", False)]),
             True,
             [vote("Kết luận tháng 7", None, None, None, 100)],
             [task("Cầm Văn Chung", "kiểm tra, lập danh sách các hộ ở chân đồi Pú Lo", "20/7"),
              task("Lò Thị Ỏn", "cùng chi hội phụ nữ thu quỹ ở các hộ còn nợ", "tháng 7"),
              task("Chi đoàn bản", "dọn rãnh thoát nước trục đường chính", "hằng tuần")],
             ["unexcused_absence"])},
        # ---- 2. September, held on 02/10: 80 min, no named task ------------------------------------
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9/2024"),
            C("(Họp ngày 02/10/2024 do mưa lũ sau bão số 3)", bold=False, italic=True),
            G(4),
            P("Bắt đầu 19 giờ 30, tại nhà văn hóa bản Ná Khết. Có mặt 19/19 đảng viên phải dự (02 đ/c miễn sinh "
              "hoạt). Chủ trì: đ/c Lò Văn Pành, Bí thư chi bộ. Thư ký: đ/c Hoàng Thị Kiên."),
            P("Đ/c Bí thư thông báo thiệt hại do bão số 3 và mưa lũ từ ngày 08/9 đến 11/9: sạt lở 03 nhà, ngập "
              "7,2 ha lúa mùa, trôi 320 m kênh mương; không có thiệt hại về người. Các hộ bị sạt nhà đã ở nhờ nhà "
              "người thân; xã đã hỗ trợ gạo và tiền."),
            P("Ý kiến: đ/c Cầm Văn Chung cho biết 7,2 ha lúa ngập có khoảng 3 ha mất trắng, đề nghị xã hỗ trợ "
              "giống để trồng ngô đông. Đ/c Tòng Văn Ngọc đề nghị đắp tạm đoạn mương bị trôi trước vụ đông."),
            P("Đ/c Bí thư kết luận: chi bộ lãnh đạo khắc phục hậu quả mưa lũ là việc trước hết; vận động bà con "
              "giúp nhau dựng lại nhà; đề nghị xã hỗ trợ giống ngô cho các hộ mất trắng. Chi bộ biểu quyết: 19/19 "
              "tán thành."),
            P("Đề nghị các đồng chí đảng viên tiếp tục giúp đỡ các hộ bị thiệt hại; mỗi đảng viên vận động gia đình "
              "mình góp ngày công sửa mương; chi ủy sẽ phân công cụ thể khi có kế hoạch của xã."),
            P("Họp xong 20 giờ 50. Biên bản đã đọc lại, nhất trí thông qua."),
            S(["THƯ KÝ", "Hoàng Thị Kiên"], ["BÍ THƯ", "Lò Văn Pành"]),
        ],
         "truth": minute(
             meeting("regular", "2024-10-02", "19:30", "20:50", _PLACE, _BOOK, _BOOK_UP, month=9),
             "Lò Văn Pành", "Bí thư chi bộ", "Hoàng Thị Kiên",
             attendance(21, 19, 0, 0, 0, 2),
             True,
             [vote("Kết luận tháng 9", 19, None, None, None)],
             [],
             ["missing_assignments", "short_meeting"])},
        # ---- 3. October + Q4 thematic, 120 min; Phăng absent again -------------------------------
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10/2024"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV"),
            C("Chuyên đề: Giữ gìn bản sắc văn hóa dân tộc Thái gắn với phát triển du lịch cộng đồng", bold=False,
              italic=True),
            G(4),
            P("Thời gian: bắt đầu 7h30', ngày 20/10/2024 (Chủ nhật); kết thúc 9h30'. Địa điểm: nhà văn hóa bản Ná "
              "Khết."),
            P("Có mặt 18/19 đảng viên phải dự; vắng 01: đồng chí Điêu Văn Phăng, không có lý do. Miễn sinh hoạt 02 "
              "đồng chí. Dự có đ/c Lường Thị Hoa, Đảng ủy viên phụ trách chi bộ. Chủ trì: đ/c Lò Văn Pành, Bí thư "
              "chi bộ. Thư ký: đ/c Hoàng Thị Kiên."),
            P("Phần thường kỳ: tháng 9 và tháng 10, bản sửa xong 03 nhà bị sạt bằng ngày công của bà con và đoàn "
              "thể, trồng được 4 ha ngô đông trên diện tích lúa mất trắng. Nhiệm vụ tháng 10: thu hoạch lúa mùa, "
              "đắp tạm 320 m mương, chuẩn bị Ngày hội Đại đoàn kết."),
            P("Phần chuyên đề: đ/c Lò Thị Ỏn trình bày: bản còn 27 nếp nhà sàn cổ, đội xòe có 16 người; từ đầu năm "
              "đón gần 900 lượt khách; nhưng nhiều hộ thay nhà sàn bằng nhà xây, thanh niên ít người biết chữ Thái."),
            P("Ý kiến: đ/c Tòng Văn Ngọc đề nghị mở lớp dạy chữ Thái cho thanh niên vào buổi tối. Đ/c Lường Thị "
              "Hoa đề nghị chi bộ vận động giữ nhà sàn gắn với hỗ trợ làm homestay."),
            P("Đ/c Lò Văn Pành kết luận: chi bộ thống nhất với nhiệm vụ tháng 10 và nội dung chuyên đề; giữ nguyên "
              "trạng các nhà sàn cổ, mở lớp chữ Thái, duy trì đội xòe phục vụ khách."),
            P("Biểu quyết phần thường kỳ: 18/18 tán thành. Biểu quyết nội dung chuyên đề: 18/18 tán thành (100%)."),
            P("Phân công: đ/c Lò Thị Ỏn duy trì đội xòe của bản, luyện tập vào tối thứ Bảy hằng tuần; đ/c Tòng "
              "Văn Ngọc mở lớp dạy chữ Thái cho thanh niên trước 30/11/2024; đ/c Lò Văn Pành gặp đ/c Điêu Văn "
              "Phăng để tìm hiểu lý do vắng họp, báo cáo chi bộ kỳ tới."),
            P("Biên bản đọc lại lúc 9h30', chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "Hoàng Thị Kiên"], ["BÍ THƯ", "Lò Văn Pành"]),
        ],
         "truth": minute(
             meeting("regular", "2024-10-20", "07:30", "09:30", _PLACE, _BOOK, _BOOK_UP,
                     topic="Giữ gìn bản sắc văn hóa dân tộc Thái gắn với phát triển du lịch cộng đồng"),
             "Lò Văn Pành", "Bí thư chi bộ", "Hoàng Thị Kiên",
             attendance(21, 18, 1, 0, 1, 2, [("Điêu Văn Phăng", "không có lý do", False)],
                        [("Lường Thị Hoa", "Đảng ủy viên phụ trách chi bộ")]),
             True,
             [vote("Phần thường kỳ", 18, None, None, None),
              vote("Nội dung chuyên đề", 18, None, None, 100)],
             [task("Lò Thị Ỏn", "duy trì đội xòe của bản, luyện tập", "tối thứ Bảy hằng tuần"),
              task("Tòng Văn Ngọc", "mở lớp dạy chữ Thái cho thanh niên", "30/11/2024"),
              task("Lò Văn Pành", "gặp đ/c Điêu Văn Phăng để tìm hiểu lý do vắng họp, báo cáo chi bộ", "kỳ tới")],
             ["unexcused_absence"])},
        # ---- 4. November: nobody's opinion, no vote ----------------------------------------------
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11/2024"),
            G(4),
            P("Hồi 19 giờ 45 ngày 08/11/2024, tại nhà văn hóa bản, chi bộ họp thường kỳ. Có mặt 18 đồng chí; vắng "
              "01 đồng chí (đ/c Tòng Văn Ngọc đi viện chăm con); 02 đồng chí miễn sinh hoạt. Đ/c Lò Văn Pành, Bí "
              "thư chi bộ chủ trì; đ/c Hoàng Thị Kiên ghi biên bản."),
            P("Đ/c Bí thư báo cáo: bản thu hoạch xong lúa mùa, năng suất bình quân 48 tạ/ha; đắp tạm xong đoạn "
              "mương bị trôi; 16/16 hộ nghèo và cận nghèo được cấp thẻ bảo hiểm y tế năm 2025. Nhiệm vụ tháng 11: "
              "tổ chức Ngày hội Đại đoàn kết toàn dân tộc ngày 15/11; chăm sóc ngô đông; rà soát hộ nghèo cuối "
              "năm; chuẩn bị kiểm điểm, đánh giá đảng viên năm 2024."),
            P("Chi bộ thảo luận, thống nhất với báo cáo của chi ủy."),
            P("Đồng chí Bí thư kết luận: tổ chức Ngày hội Đại đoàn kết vui tươi, tiết kiệm; rà soát hộ nghèo đúng "
              "quy trình, công khai; mỗi đảng viên viết bản tự kiểm điểm, nộp chi ủy trước kỳ họp tháng 12."),
            P("Giao đ/c Cầm Văn Chung chủ trì rà soát hộ nghèo, cận nghèo của bản, xong trước 25/11; đ/c Hoàng Thị "
              "Kiên nhận và tổng hợp bản kiểm điểm của đảng viên trước ngày 05/12/2024."),
            P("Họp xong 21 giờ 20, biên bản đọc lại, các đồng chí nhất trí."),
            S(["THƯ KÝ", "Hoàng Thị Kiên"], ["BÍ THƯ", "Lò Văn Pành"]),
        ],
         "truth": minute(
             meeting("regular", "2024-11-08", "19:45", "21:20", "nhà văn hóa bản", _BOOK, _BOOK_UP),
             "Lò Văn Pành", "Bí thư chi bộ", "Hoàng Thị Kiên",
             attendance(21, 18, 1, 1, 0, 2, [("Tòng Văn Ngọc", "đi viện chăm con", True)]),
             True,
             [],
             [task("Cầm Văn Chung", "chủ trì rà soát hộ nghèo, cận nghèo của bản", "25/11"),
              task("Hoàng Thị Kiên", "nhận và tổng hợp bản kiểm điểm của đảng viên", "05/12/2024")],
             ["missing_vote", "no_discussion"])},
        # ---- 5. December, year-end review with a lunch break; 17 of 19; Phăng a third time ---------
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12/2024"),
            C("(Kết hợp kiểm điểm, đánh giá, xếp loại chất lượng năm 2024)", bold=False, italic=True),
            G(4),
            P("Thời gian: buổi sáng từ 7 giờ 30 phút đến 11 giờ 15 phút; nghỉ trưa; buổi chiều từ 13 giờ 30 phút "
              "đến 16 giờ 00 phút, ngày 12/12/2024. Địa điểm: nhà văn hóa bản Ná Khết."),
            P("Tổng số đảng viên 21, miễn sinh hoạt 02, phải dự 19. Có mặt 17 đồng chí. Vắng 02: đ/c Lò Thị Xuân "
              "(ốm) và đ/c Điêu Văn Phăng (không báo cáo)."),
            P("Chủ trì: đ/c Lò Văn Pành, Bí thư chi bộ. Thư ký: đ/c Hoàng Thị Kiên."),
            P("Buổi sáng: đ/c Bí thư báo cáo kết quả năm 2024: bản đạt 9/11 chỉ tiêu, tỷ lệ hộ nghèo giảm từ 14,2% "
              "xuống 11,6%, khắc phục xong hậu quả bão số 3; chi bộ không kết nạp được đảng viên mới. Từng đảng "
              "viên đọc bản tự kiểm điểm; chi bộ góp ý từng người."),
            P("Ý kiến: đ/c Cầm Văn Chung nhận khuyết điểm để lúa mùa cấy chậm. Đ/c Lò Thị Ỏn đề nghị chi bộ "
              "xem xét nghiêm việc đ/c Điêu Văn Phăng ba kỳ vắng họp không lý do trong năm."),
            P("Buổi chiều: bỏ phiếu kín tự đánh giá, xếp loại chi bộ: phát ra 17 phiếu, thu về 17 phiếu; 15 phiếu "
              "xếp loại “Hoàn thành tốt nhiệm vụ” (88,24%), 02 phiếu xếp loại “Hoàn thành nhiệm vụ”."),
            P("Đ/c Lò Văn Pành kết luận: chi bộ tự xếp loại “Hoàn thành tốt nhiệm vụ”; năm 2025 phấn đấu kết nạp "
              "01 đảng viên mới, giảm hộ nghèo xuống dưới 9%; chi ủy lập hồ sơ, đề nghị Đảng ủy xã xem xét xử lý "
              "đ/c Điêu Văn Phăng theo Điều lệ Đảng."),
            P("Biểu quyết thông qua kết luận và phương hướng năm 2025: mười bảy trên mười bảy đồng chí tán thành."),
            P("Phân công: đ/c Hoàng Thị Kiên hoàn thiện hồ sơ đánh giá, xếp loại, nộp Đảng ủy xã trước 20/12/2024; "
              "Chi ủy lập hồ sơ đề nghị xử lý đ/c Điêu Văn Phăng, báo cáo Đảng ủy xã trong tháng 01/2025."),
            P("Biên bản được đọc lại lúc 16 giờ 00 phút, các đồng chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "Hoàng Thị Kiên"], ["BÍ THƯ", "Lò Văn Pành"]),
        ],
         "truth": minute(
             meeting("regular", "2024-12-12", "07:30", "16:00", _PLACE, _BOOK, _BOOK_UP),
             "Lò Văn Pành", "Bí thư chi bộ", "Hoàng Thị Kiên",
             attendance(21, 17, 2, 1, 1, 2, [("Lò Thị Xuân", "ốm", True),
                                             ("Điêu Văn Phăng", "không báo cáo", False)]),
             True,
             [vote("Tự đánh giá, xếp loại chi bộ (bỏ phiếu kín)", 15, None, None, 88.24),
              vote("Kết luận và phương hướng năm 2025", 17, None, None, None)],
             [task("Hoàng Thị Kiên", "hoàn thiện hồ sơ đánh giá, xếp loại, nộp Đảng ủy xã", "20/12/2024"),
              task("Chi ủy", "lập hồ sơ đề nghị xử lý đ/c Điêu Văn Phăng, báo cáo Đảng ủy xã", "tháng 01/2025")],
             ["low_attendance", "unexcused_absence"])},
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
})
