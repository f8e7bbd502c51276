"""Held-out set 7, writer x (test/, `x…`): the whole country, every kind of cell; no dev files.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
bench/, tests/, or the minute texts and truth files of the earlier sets (only their READMEs and the docstrings of
samples/heldout5/minutes_{f,g}.py), and without running the extractor. Rendered by samples/heldout2/make.py
(`build`). Names, places and figures are invented or used loosely; the paperwork follows /work/shared/DOMAIN.md.
This writer was asked to vary above all the shape of the whole minute.

Files (name -> what varies -> minute flags / book flags):

- x01-bacgiang-school-printed-form -> Bắc Giang lower-secondary school; a printed form typed in by hand: numbered
  field labels with the answers after them ("Số đảng viên có mặt: 18 ; Số đảng viên vắng mặt: 01 ; Có lý do: 01"),
  "Khách mời (ghi rõ họ tên, chức vụ): ……" left, the field "8. Ý kiến thảo luận của đảng viên:" left as dots (no
  opinion anywhere); conclusion field with the tasks in it ("Giao đồng chí …, Phó Hiệu trưởng", a subject group);
  vote field "Tán thành: 18/18 đồng chí, đạt 100%; Không tán thành: 0; Ý kiến khác: 0" -> unfilled_template,
  no_discussion
- x02-haiphong-shipyard-telegraphic -> Hải Phòng shipyard hull workshop; Sans 11, one terse page of labelled
  fragments ("Đảng viên: 12. Có mặt: 11. Vắng: 01 – …", "Ghi BB:", "KL (đ/c Đạo):", "Biểu quyết: 11/11 tán
  thành."); header date in figures; tasks as "– Name: task, deadline" lines (one to the absent member); 16h30–17h45
  after the shift; ends with "Kết thúc 17h45." and the signatures, never read back -> short_meeting, not_approved
- x03-hoabinh-muong-yearend-grading -> Hòa Bình Mường village; three pages, "PHẦN I … PHẦN VI" with "Mục 1 …"
  sub-headings, "Trang n/N" at the foot; year-end review and grading of members held with the December meeting;
  header with two committee lines; total in words and figures, four exempt members named, probationary members
  who do not vote; guest from the commune committee; self-criticism and opinions (a quote, a guest); three votes:
  the grading list (24/24 by hands), the cell's own grade by secret ballot (22 for, 02 against, 91,67%), the
  conclusion (24/24, 100%); tasks to a person, two people, a group, a person "cùng" a body -> —
- x04-quangbinh-fishing-village-admission -> Quảng Bình fishing village; DejaVu Serif 12; "A/ … E/" parts in an
  unusual order (admission first, the vote on the direction before the chair's conclusion, the news last); the
  applicant invited as a guest; absentees in prose, one "vắng không có lý do"; admission by secret ballot of the
  official members ("17 phiếu đồng ý (bằng 77,3% tổng số đảng viên chính thức của chi bộ), 01 phiếu không đồng
  ý"); direction voted "100% đảng viên chính thức có mặt nhất trí"; a task to a role only ("Đồng chí Trưởng
  thôn"), a fishing-boat group -> unexcused_absence
- x05-hcm-software-online-combined -> Hồ Chí Minh City software company; DejaVu Sans 11; regular + thematic
  combined, held in person and online (Zoom), 17:00–18:50 (110 < 120); committee name over two header lines;
  chair named by role in the body and by name only under the signature; a member joining late online; Q&A
  opinions; "Chi bộ thống nhất:" numbered, but only "mỗi đảng viên …", unnamed project teams, a member who
  "xin nhận" and a petition to the company committee; "16/16 … tán thành (11 tại điểm cầu chính, 05 …)"
  -> short_meeting, missing_assignments
- x06-quangtri-commune-police-extraordinary -> Quảng Trị commune police; extraordinary meeting (họp bất thường)
  about a citizen's complaint against a member; ranks before every name; "Số: 15-BB/CB"; 9/12 present, the three
  absentees on duty listed one per line; a guest from the commune committee gives "ý kiến chỉ đạo"; the member
  explains, opinions by name and by role; a verification group is set up by vote (9/9, 100%) and given tasks; the
  chair states the cell will conclude at a later meeting -> missing_conclusion, low_attendance
- x07-ninhthuan-cham-village-moved-date -> Ninh Thuận Chăm pottery village; Sans 12 ragged; the January 2025 meeting
  moved to 07/02/2025 (after Tết) — title "THÁNG 01 NĂM 2025", header date in February; three exempt members named,
  a member arriving late, a non-Party guest ("Ông …"); parts "1) … 6)" with the tasks before the discussion;
  vote in words ("hai mươi hai trên hai mươi hai …, đạt tỷ lệ một trăm phần trăm"); deadlines "Rằm tháng Giêng",
  "tháng 02/2025", "hằng tuần" -> —
- x08-vungtau-retirees-no-headings -> Bà Rịa – Vũng Tàu ward retirees' cell; Serif 14 large type; no headings at
  all; nine exempt members counted, two absentees with reasons in prose, a member arriving late and one leaving
  early; the news from the ward committee comes last; opinions named, quoted and unnamed; the Bí thư only
  "tiếp thu" and promises the committee's answer later, a "thông báo kết luận" of the ward committee is read; tasks
  given ("Đồng chí … và đồng chí …"); nobody votes, only the minutes are approved -> missing_conclusion,
  missing_vote
- x09-bentre-hospital-mucs-task-table -> Bến Tre provincial hospital ICU; DejaVu Serif 11.5 justified; committee over
  two lines; "Mục 1 … Mục 5" with the task table (TT | Nhiệm vụ | Chủ trì thực hiện | Kết quả cần đạt | Thời hạn)
  before the discussion; degrees before names; absentee table "STT | Đảng viên | Ghi chú | Lý do vắng";
  "Tán thành: 19/19 (100%); Không tán thành: 0; Không biểu quyết: 0" -> —
- x10-yenbai-tay-dao-village-congress-prep -> Yên Bái village (Tày and Dao names); the March meeting given to
  preparing the cell congress 2025–2027; attendance in words; three votes (the plan, the draft political report,
  the candidate list by a show of hands, "01 đồng chí không giơ tay (không biểu quyết)"); a task inside the
  conclusion and a task table (Nội dung chuẩn bị | Đồng chí phụ trách | Thời gian hoàn thành) with two people in one
  cell, a group, "Từ nay đến ngày đại hội" -> —
- x11-langson-district-agency-date-in-body -> Lạng Sơn district inspection-commission cell; "HUYỆN ỦY CAO LỘC" +
  "Số: 07-BB/CB" in the header and no date line — the date in words in the body only; Tày and Nùng names; "Trang
  n/N"; conclusion by the chair; tasks to a role ("Đồng chí Phó Chủ nhiệm thường trực"), a passive task, two
  people; the only vote is on the minutes ("11/11 đồng chí biểu quyết nhất trí thông qua biên bản") -> missing_vote
- x12-haugiang-hamlet-book-apr-sep-2024 -> **minute book** of a Hậu Giang hamlet cell, five minutes typed on
  continuously (every minute after the first starts mid-page under the previous signatures, with a title but no
  header of its own); Serif 12, right-aligned running head from page 2, "- n -" at the foot:
    1. 10/4/2024 regular, "Huỳnh Văn Nhỏ (không lý do)" -> unexcused_absence
    2. 09/5/2024 regular, "17/17" -> —
    3. 10/7/2024 regular, Nhỏ "không xin phép chi ủy"; the tasks "tiếp tục thực hiện theo phân công" of May,
       "cần được …" with nobody named, "mỗi đảng viên" -> unexcused_absence, missing_assignments
    4. 08/8/2024 regular + thematic (quarter III, topic line), 14:00–16:20 -> —
    5. 10/9/2024 regular, 14/17 present, absentee table with "Vắng không lý do" -> low_attendance,
       unexcused_absence
  book -> missing_month (June), no_thematic_in_quarter (Q2), repeated_absence (Huỳnh Văn Nhỏ: Apr, Jul, Sep)
- x13-haiphong-shipyard-scan-photocopy -> photocopy scan of x02, 250 dpi -> as x02
- x14-vungtau-retirees-scan-moderate -> moderate scan of x08, 200 dpi -> as x08

Labelling decisions where the READMEs are silent:
- Meeting kind: an extraordinary meeting (x06, "HỌP CHI BỘ BẤT THƯỜNG") is no thematic meeting: `kind` "regular"
  (as the other writers, l05 and t04), `topic` null, `month`/`year` those of its date; the 90-minute bar applies
  (it lasts 100 minutes). A year-end review held together with the December regular meeting (x03), an admission
  held within the regular meeting (x04) and a regular meeting given over to preparing the congress (x10) are `regular` with
  `topic` null: they are not thematic meetings, so the 90-minute bar applies (all three run over two hours anyway).
- A meeting moved into the next month (x07) keeps the month of its title: `month` 1, `date` 2025-02-07.
- Online / combined meetings (x05): `location` is the main site as written ("Phòng họp tầng 5, tòa nhà Sao Nam");
  members who join online are present; one who joins late is present.
- A member who leaves early (x08) is present.
- When the body names the chair by role only ("Chủ trì: đồng chí Bí thư chi bộ") and the name is only under the
  signature, `chair.name` is the signature's name (x05).
- An invited applicant for admission (x04, "Quần chúng … (người được đề nghị kết nạp) được mời dự") is a guest;
  her role is the bracket as written. Guests from outside the Party keep their names without "Ông" (x07).
- A form's discussion field left as dots (x01) records no opinion: no_discussion and unfilled_template.
- A vote taken before the chair's conclusion (x04) still counts as the vote on the resolution. A vote on setting up
  a verification group (x06) is a resolution although the cell's conclusion is deferred.
- Votes: "22 phiếu đồng ý … (đạt 91,67%), 02 phiếu không đồng ý" -> 22 / 2 / null / 91.67; an admission ballot
  "17 phiếu đồng ý (bằng 77,3% tổng số đảng viên chính thức của chi bộ), 01 phiếu không đồng ý" -> 17 / 1 / null /
  77.3 (the percentage as written, although it is of all official members, not of those present); "16/16 đồng chí
  tán thành (11 tại điểm cầu chính, 05 qua …)" -> for 16 only; "13 đồng chí giơ tay tán thành, 01 đồng chí không
  giơ tay (không biểu quyết)" -> for 13, abstain 1; "Tán thành: 19/19 (100%)" -> for 19, percent 100; "100% đảng
  viên chính thức có mặt nhất trí" -> percent 100 only. Approving the minutes "11/11 đồng chí biểu quyết nhất trí
  thông qua biên bản" is no vote on the resolution (x11: missing_vote).
- "24/24 đảng viên chính thức có mặt tán thành (02 đảng viên dự bị không biểu quyết)" (x03) -> for 24, abstain
  null: probationary members have no vote, so they are no abstention.
- An extra "Ghi chú" column of an absentee table ("Đã báo chi ủy", "Từ 14/4 đến 18/4/2025", x09) is no part of the
  reason; the reason is the "Lý do vắng" cell as written.
- Tasks: an absent member may be given a task (x02); "tiếp tục thực hiện theo phân công tại kỳ họp tháng 5" and
  "cần được rà soát" with nobody named are no assignment (x12-3). In tables, a "Kết quả cần đạt" column is no part
  of the task; a role in the assignee cell is the assignee as written ("Điều dưỡng trưởng khoa"); a degree
  ("BS.") before a name is dropped. "giao chi ủy …" gives the assignee "chi ủy" in lower case as written (x09).
  "Chi bộ sẽ gặp đ/c X" (x12-3) names nobody to do it: no assignment; "Giao Chi ủy làm việc với …" (x12-5) is one.
  A passive task whose object comes first ("Hồ sơ … được giao cho đồng chí X hoàn thiện, trình …", x11) is the
  words after the name as written ("hoàn thiện, trình Ủy ban Kiểm tra").
- Deadlines: "gửi BGĐ trước 05/4" -> "05/4"; "ngay trong ca" is kept whole; "trước Rằm tháng Giêng" -> "Rằm
  tháng Giêng"; "chậm nhất 17 giờ ngày 07/11/2024" -> "17 giờ ngày 07/11/2024"; "Tuần 3 tháng 4/2025" kept;
  "trong suốt mùa khô hanh" -> "suốt mùa khô hanh"; a table cell "Từ nay đến ngày đại hội" -> "ngày đại hội";
  "Trước ngày 13/4/2025" -> "13/4/2025"; "vào cuối tháng" -> "cuối tháng"; "trong tuần tới" -> "tuần tới"; a
  condition of time, "khi khởi công" (x12-5), is kept as written.
- Absence reasons: "không xin phép chi ủy" and "Vắng không lý do" are unexcused; "đi chạy thử tàu ở Cát Bà, có
  báo", "trực ban", "nghỉ thai sản" excused.
- `party_committee` is the committee right above the cell when the header has two; a committee name broken over
  two header lines is one value joined by a space (x05, x09), and so is a cell name (x11, "CHI BỘ CƠ QUAN" /
  "ỦY BAN KIỂM TRA HUYỆN ỦY").
- A book minute that gives only "Phải dự 17 (02 đồng chí miễn sinh hoạt)" has total = present + absent + exempt.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DOCS: list[dict] = []


# ==================================================================================================
# x01 — Bắc Giang, lower-secondary school, printed form typed in by hand
# ==================================================================================================

X01_BLOCKS = [
    HD(["ĐẢNG BỘ XÃ TÂN DĨNH", "CHI BỘ TRƯỜNG THCS TÂN DĨNH", "Số: 10-BB/CB"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Dĩnh, ngày 14 tháng 10 năm 2024"], bold_left=(1,)),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2024"),
    C("(Mẫu dùng cho các chi bộ trực thuộc Đảng ủy xã)", bold=False, italic=True),
    G(6),
    L("1. Thời gian bắt đầu: 16 giờ 15 phút, ngày 14/10/2024."),
    L("2. Địa điểm: Phòng họp Hội đồng nhà trường."),
    L("3. Tổng số đảng viên của chi bộ: 19 ; Số đảng viên được miễn sinh hoạt: 0"),
    L("Số đảng viên có mặt: 18 ; Số đảng viên vắng mặt: 01 ; Có lý do: 01 ; Không lý do: 0"),
    L("Họ tên đảng viên vắng mặt, lý do: Đ/c Thân Thị Huyền – nghỉ thai sản."),
    L("4. Khách mời (ghi rõ họ tên, chức vụ): ……………………………………………"),
    L("5. Chủ trì hội nghị: Đ/c Nguyễn Văn Thiện – Bí thư chi bộ, Hiệu trưởng."),
    L("6. Thư ký hội nghị: Đ/c Giáp Thị Phương – Chi ủy viên."),
    L("7. Nội dung sinh hoạt:"),
    L("7.1. Thông tin thời sự, văn bản mới của cấp trên:"),
    P("Kế hoạch của Ban Thường vụ Đảng ủy xã về tổ chức các hoạt động kỷ niệm ngày Nhà giáo Việt Nam; Công văn của "
      "Phòng Giáo dục và Đào tạo huyện về việc thực hiện Thông tư 29/2024/TT-BGDĐT quy định về dạy thêm, học thêm; "
      "tình hình kinh tế – xã hội của xã 9 tháng đầu năm, sản lượng vải thiều và cây ăn quả của xã đạt khá."),
    L("7.2. Đánh giá kết quả thực hiện nhiệm vụ tháng 9/2024:"),
    P("Ưu điểm: Nhà trường tổ chức khai giảng năm học 2024 – 2025 an toàn, tiết kiệm; huy động 100% học sinh hoàn "
      "thành chương trình tiểu học vào lớp 6; hoàn thành phân công chuyên môn, xếp thời khóa biểu ổn định từ tuần thứ "
      "hai. Đảng viên chấp hành tốt nội quy cơ quan, không có đảng viên vi phạm quy định về dạy thêm."),
    P("Hạn chế: Việc cập nhật hồ sơ điện tử, sổ điểm số trên phần mềm của một số giáo viên còn chậm; phòng thí nghiệm "
      "môn Khoa học tự nhiên còn thiếu một số dụng cụ, hóa chất; thu đảng phí quý III chậm so với quy định."),
    L("7.3. Phương hướng, nhiệm vụ tháng 10/2024:"),
    P("Tiếp tục ổn định nền nếp dạy và học; khảo sát chất lượng đầu năm các khối lớp; thành lập đội tuyển học sinh "
      "giỏi lớp 9; chuẩn bị các hoạt động chào mừng ngày 20/11; làm tốt công tác an toàn giao thông, phòng chống "
      "đuối nước, phòng chống dịch sốt xuất huyết trong trường học."),
    L("8. Ý kiến thảo luận của đảng viên:"),
    L("……………………………………………………………………………………………"),
    L("……………………………………………………………………………………………"),
    L("9. Kết luận của đồng chí chủ trì:"),
    P("Chi bộ ghi nhận những kết quả đạt được trong tháng 9, đồng thời yêu cầu khắc phục ngay việc cập nhật điểm số "
      "chậm. Trong tháng 10 chi bộ tập trung vào chất lượng mũi nhọn và chuẩn bị tốt ngày Nhà giáo Việt Nam. "
      "Giao đồng chí Hoàng Văn Lực, Phó Hiệu trưởng, xây dựng kế hoạch bồi dưỡng học sinh giỏi lớp 9, trình chi bộ "
      "trước ngày 25/10/2024. Đồng chí Dương Thị Loan, Bí thư Chi đoàn giáo viên, phối hợp với Tổng phụ trách Đội "
      "tổ chức hội diễn văn nghệ chào mừng ngày 20/11, xong trước ngày 15/11. Tổ Khoa học tự nhiên rà soát, lập dự "
      "trù bổ sung dụng cụ, hóa chất thí nghiệm trong tháng 10."),
    L("10. Biểu quyết: Tán thành: 18/18 đồng chí, đạt 100%; Không tán thành: 0; Ý kiến khác: 0."),
    L("11. Hội nghị kết thúc lúc 18 giờ 00 phút cùng ngày. Biên bản được đọc lại trước chi bộ, các đồng chí dự họp "
      "nhất trí thông qua."),
    S(["THƯ KÝ", "Giáp Thị Phương"], ["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn Thiện"]),
]

X01_TRUTH = minute(
    meeting("regular", "2024-10-14", "16:15", "18:00", "Phòng họp Hội đồng nhà trường",
            "CHI BỘ TRƯỜNG THCS TÂN DĨNH", "ĐẢNG BỘ XÃ TÂN DĨNH"),
    "Nguyễn Văn Thiện", "Bí thư chi bộ", "Giáp Thị Phương",
    attendance(19, 18, 1, 1, 0, 0, [("Thân Thị Huyền", "nghỉ thai sản", True)]),
    True,
    [vote("kết luận tháng 10/2024", 18, 0, 0, 100)],
    [task("Hoàng Văn Lực", "xây dựng kế hoạch bồi dưỡng học sinh giỏi lớp 9, trình chi bộ", "25/10/2024"),
     task("Dương Thị Loan", "phối hợp với Tổng phụ trách Đội tổ chức hội diễn văn nghệ chào mừng ngày 20/11",
          "15/11"),
     task("Tổ Khoa học tự nhiên", "rà soát, lập dự trù bổ sung dụng cụ, hóa chất thí nghiệm", "tháng 10")],
    ["unfilled_template", "no_discussion"],
)

DOCS.append({
    "name": "x01-bacgiang-school-printed-form", "folder": "test",
    "style": {"family": "serif", "size": 13, "spacing": 1.3, "justify": True, "left": 78, "right": 55,
              "indent": 26},
    "minutes": [{"blocks": X01_BLOCKS, "truth": X01_TRUTH}], "flags": [],
})


# ==================================================================================================
# x02 — Hải Phòng, shipyard hull workshop, one terse page
# ==================================================================================================

X02_BLOCKS = [
    HD(["ĐẢNG ỦY CÔNG TY CP ĐÓNG TÀU SÔNG CẤM", "CHI BỘ PHÂN XƯỞNG VỎ TÀU", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thủy Nguyên, 27/3/2025"], bold_left=(1,)),
    C("BIÊN BẢN HỌP CHI BỘ"),
    C("(kỳ tháng 3/2025)", bold=False, italic=True),
    G(4),
    L("Thời gian: 16h30 – 17h45, ngày 27/3/2025 (sau ca ngày)."),
    L("Địa điểm: nhà điều hành phân xưởng."),
    L("Đảng viên: 12. Có mặt: 11. Vắng: 01 – đ/c Vũ Văn Khải (đi chạy thử tàu ở Cát Bà, có báo)."),
    L("Chủ trì: đ/c Phạm Quang Đạo, Bí thư. Ghi BB: đ/c Lưu Thị Hằng."),
    L("1. Thông tin: kế hoạch sản xuất quý II của Công ty; quy định mới về an toàn khi hàn trong khoang kín; "
      "Công ty ký thêm hợp đồng đóng 02 sà lan 1.200 tấn."),
    L("2. Tháng 3: bàn giao tàu hàng 3.000 tấn SC-25 đúng hạn, chủ tàu đánh giá tốt. Tồn tại: 02 lượt công nhân "
      "không đeo dây an toàn khi làm việc trên cao tại ụ số 2; vật tư thừa để bừa bãi cuối ca."),
    L("3. Ý kiến:"),
    L("– đ/c Tạ Văn Lâm (tổ hàn 1): thiếu thợ hàn bậc 5, bậc 6; đề nghị cho thợ trẻ kèm cặp tại chỗ."),
    L("– đ/c Hằng: còn 03 đ/c chưa nộp đảng phí quý I."),
    L("– đ/c Đỗ Minh Tuấn (tổ lắp ráp): đề nghị bố trí lại bãi để tôn tấm, lối đi xe nâng quá hẹp."),
    L("4. KL (đ/c Đạo): chi bộ thống nhất dồn lực cho tàu SC-27, giữ tiến độ hạ thủy cuối tháng 4; siết kỷ luật an "
      "toàn lao động, vi phạm lần hai đề nghị xử lý theo quy chế; kèm cặp thợ trẻ theo đề nghị của tổ hàn."),
    L("5. Biểu quyết: 11/11 tán thành."),
    L("6. Phân công:"),
    L("– Tạ Văn Lâm: lập danh sách thợ hàn cần kèm cặp, gửi BGĐ trước 05/4."),
    L("– Vũ Văn Khải (vắng, chi ủy báo lại): kiểm tra dây an toàn, giàn giáo ụ số 2, hằng ca."),
    L("– Đỗ Minh Tuấn: bố trí lại bãi tôn tấm, lối đi xe nâng, ngay trong ca."),
    L("– Lưu Thị Hằng: thu đủ đảng phí quý I, trước 31/3."),
    L("Kết thúc 17h45."),
    S(["NGƯỜI GHI", "Lưu Thị Hằng"], ["BÍ THƯ", "Phạm Quang Đạo"]),
]

X02_TRUTH = minute(
    meeting("regular", "2025-03-27", "16:30", "17:45", "nhà điều hành phân xưởng",
            "CHI BỘ PHÂN XƯỞNG VỎ TÀU", "ĐẢNG ỦY CÔNG TY CP ĐÓNG TÀU SÔNG CẤM"),
    "Phạm Quang Đạo", "Bí thư", "Lưu Thị Hằng",
    attendance(12, 11, 1, 1, 0, 0, [("Vũ Văn Khải", "đi chạy thử tàu ở Cát Bà, có báo", True)]),
    True,
    [vote("kết luận tháng 3/2025", 11)],
    [task("Tạ Văn Lâm", "lập danh sách thợ hàn cần kèm cặp, gửi BGĐ", "05/4"),
     task("Vũ Văn Khải", "kiểm tra dây an toàn, giàn giáo ụ số 2", "hằng ca"),
     task("Đỗ Minh Tuấn", "bố trí lại bãi tôn tấm, lối đi xe nâng", "ngay trong ca"),
     task("Lưu Thị Hằng", "thu đủ đảng phí quý I", "31/3")],
    ["short_meeting", "not_approved"],
)

DOCS.append({
    "name": "x02-haiphong-shipyard-telegraphic", "folder": "test",
    "style": {"family": "sans", "size": 11, "spacing": 1.25, "justify": False, "left": 70, "right": 60,
              "indent": 0},
    "minutes": [{"blocks": X02_BLOCKS, "truth": X02_TRUTH}], "flags": [],
    "scans": [{"name": "x13-haiphong-shipyard-scan-photocopy", "folder": "test", "damage": "photocopy",
               "seed": 7013, "dpi": 250}],
})


# ==================================================================================================
# x03 — Hòa Bình, Mường village, year-end review and grading, three pages
# ==================================================================================================

X03_BLOCKS = [
    HD(["ĐẢNG BỘ HUYỆN TÂN LẠC", "ĐẢNG ỦY XÃ PHONG PHÚ", "CHI BỘ XÓM BƯA", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phong Phú, ngày 20 tháng 12 năm 2024"], bold_left=(1, 2)),
    C("BIÊN BẢN"),
    C("HỘI NGHỊ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG"),
    C("CHI BỘ VÀ ĐẢNG VIÊN NĂM 2024"),
    C("(kết hợp sinh hoạt chi bộ thường kỳ tháng 12 năm 2024)", bold=False, italic=True),
    G(6),
    H("PHẦN I. MỞ ĐẦU"),
    H("Mục 1. Thời gian, địa điểm", italic=True),
    P("Hội nghị khai mạc lúc 7 giờ 30 phút, ngày 20 tháng 12 năm 2024, tại Nhà văn hóa xóm Bưa, xã Phong Phú."),
    H("Mục 2. Thành phần", italic=True),
    P("Tổng số đảng viên của chi bộ: ba mươi mốt (31) đồng chí, trong đó 29 đảng viên chính thức, 02 đảng viên dự "
      "bị. Được miễn sinh hoạt do tuổi cao, sức yếu: 04 đồng chí (Bùi Văn Khiêm, Đinh Công Tờn, Quách Văn Dũn, Xa Thị "
      "Lường); các đồng chí này đã gửi bản tự kiểm điểm qua chi ủy."),
    P("Đảng viên phải dự: 27 đồng chí; có mặt: 26 đồng chí (24 chính thức, 02 dự bị), đạt 96,3%. Vắng: 01 đồng chí "
      "Bùi Văn Tuyến (đi làm công nhân tại Bắc Ninh, có giấy xin phép); bản tự kiểm điểm của đồng chí đã gửi về "
      "chi bộ."),
    P("Dự và chỉ đạo hội nghị có đồng chí Quách Thị Hoa – Đảng ủy viên, Phó Chủ tịch HĐND xã, phụ trách chi bộ."),
    H("Mục 3. Chủ trì, thư ký", italic=True),
    P("Đồng chí Bùi Văn Thắm – Bí thư chi bộ chủ trì hội nghị; đồng chí Đinh Thị Nhàn – Phó Bí thư chi bộ làm thư "
      "ký. Hội nghị thống nhất chương trình gồm sáu phần do đồng chí chủ trì nêu."),
    H("PHẦN II. KIỂM ĐIỂM TẬP THỂ CHI BỘ"),
    H("Mục 1. Báo cáo kiểm điểm của chi ủy", italic=True),
    P("Đồng chí Bí thư trình bày báo cáo kiểm điểm tập thể chi ủy, chi bộ năm 2024. Về ưu điểm: chi bộ duy trì sinh "
      "hoạt đủ 12 kỳ thường kỳ và 04 kỳ chuyên đề; lãnh đạo xóm hoàn thành 9/10 chỉ tiêu, trong đó làm mới 1,2 km "
      "đường bê tông nội đồng do nhân dân hiến đất và góp công; thu nhập bình quân đạt 46 triệu đồng/người/năm; tỷ lệ "
      "hộ nghèo giảm còn 3,1%; phong trào trồng mía tím, cam và nuôi cá lồng trên hồ thủy điện Hòa Bình phát triển; "
      "giữ gìn tiếng nói, chiêng Mường và lễ hội truyền thống. Kết nạp được 02 đảng viên mới."),
    P("Về hạn chế: sinh hoạt chuyên đề có kỳ còn nặng đọc tài liệu; một số đảng viên trẻ ít phát biểu; chỉ tiêu "
      "thu gom, xử lý rác thải chưa đạt; vẫn còn 03 trường hợp tảo hôn chưa được ngăn chặn triệt để; việc đóng đảng "
      "phí của một số đồng chí đi làm ăn xa chưa đều."),
    P("Nguyên nhân của hạn chế chủ yếu là chi ủy chưa phân công cụ thể người theo dõi từng việc; đảng viên đi làm ăn "
      "xa nhiều, khó duy trì liên lạc."),
    H("Mục 2. Ý kiến góp ý của đảng viên", italic=True),
    P("Đồng chí Xa Văn Thụ (Trưởng xóm) nhất trí với báo cáo, bổ sung: đường nội đồng làm xong nhưng rãnh thoát nước "
      "hai bên chưa có, mùa mưa dễ sạt."),
    P("Đồng chí Bùi Thị Ngân (Bí thư Chi đoàn): “Đề nghị chi bộ giao việc cụ thể cho đảng viên trẻ, có việc thì chúng "
      "em mới nói được, chứ ngồi nghe đọc văn bản thì khó phát biểu”."),
    P("Đồng chí Hoàng Thị Thoan (Chi hội trưởng Phụ nữ) đề nghị đưa nội dung phòng, chống tảo hôn vào chuyên đề "
      "quý I năm 2025 và mời cán bộ tư pháp xã về nói chuyện."),
    P("Đồng chí Quách Thị Hoa (Đảng ủy viên phụ trách chi bộ) ghi nhận chi bộ kiểm điểm nghiêm túc, đề nghị bổ sung "
      "vào phần hạn chế việc chậm nộp báo cáo tháng cho Đảng ủy xã."),
    H("PHẦN III. KIỂM ĐIỂM, ĐÁNH GIÁ CÁ NHÂN ĐẢNG VIÊN"),
    P("Lần lượt từng đồng chí đảng viên đọc bản tự kiểm điểm, tự nhận mức xếp loại; chi bộ góp ý trực tiếp. Thư ký "
      "đọc bản tự kiểm điểm của 04 đồng chí miễn sinh hoạt và của đồng chí Bùi Văn Tuyến. Đáng chú ý:"),
    P("– Đồng chí Bùi Văn Thắm tự nhận hoàn thành tốt nhiệm vụ; chi bộ đề nghị nâng lên hoàn thành xuất sắc vì "
      "đã vận động được việc hiến đất làm đường."),
    P("– Đồng chí Đinh Văn Thuần tự nhận hoàn thành tốt nhiệm vụ. Đồng chí Bùi Văn Chiến góp ý: đồng chí Thuần "
      "năm nay vắng 02 kỳ sinh hoạt có lý do nhưng chưa nộp đảng phí 5 tháng, gia đình còn để trâu thả rông phá "
      "hoa màu. Đồng chí Thuần tiếp thu, nhận mức hoàn thành nhiệm vụ."),
    P("– Đồng chí Đinh Thị Mai (dự bị) được chi bộ đánh giá tích cực, sẽ xem xét chuyển chính thức đúng hạn."),
    H("PHẦN IV. BỎ PHIẾU, BIỂU QUYẾT"),
    H("Mục 1. Đề xuất xếp loại đảng viên", italic=True),
    P("Trên cơ sở tự nhận và góp ý, chi bộ thống nhất đề xuất xếp loại 27 đảng viên (không xếp loại đảng viên miễn "
      "sinh hoạt): Hoàn thành xuất sắc nhiệm vụ: 03 đồng chí (Bùi Văn Thắm, Đinh Thị Nhàn, Xa Văn Thụ); Hoàn thành "
      "tốt nhiệm vụ: 20 đồng chí; Hoàn thành nhiệm vụ: 04 đồng chí; Không hoàn thành nhiệm vụ: không."),
    P("Chi bộ biểu quyết bằng hình thức giơ tay thông qua danh sách đề xuất xếp loại đảng viên: 24/24 đảng viên "
      "chính thức có mặt tán thành (02 đảng viên dự bị không biểu quyết)."),
    H("Mục 2. Xếp loại chi bộ", italic=True),
    P("Chi bộ bỏ phiếu kín tự đánh giá, xếp loại chất lượng chi bộ năm 2024: phát ra 24 phiếu, thu về 24 phiếu hợp "
      "lệ; 22 phiếu đồng ý mức “Hoàn thành tốt nhiệm vụ” (đạt 91,67%), 02 phiếu không đồng ý."),
    H("PHẦN V. SINH HOẠT THƯỜNG KỲ THÁNG 12 VÀ KẾT LUẬN"),
    H("Mục 1. Nhiệm vụ tháng 12 và đầu năm 2025", italic=True),
    P("Tổ chức cho nhân dân đón Tết Dương lịch và Tết Nguyên đán Ất Tỵ vui tươi, an toàn; thăm hỏi gia đình chính "
      "sách, hộ nghèo; ra quân làm rãnh thoát nước đường nội đồng; chuẩn bị vụ xuân; đóng đủ đảng phí năm 2024."),
    H("Mục 2. Kết luận của đồng chí chủ trì", italic=True),
    P("Đồng chí Bùi Văn Thắm tóm tắt và kết luận: (1) hội nghị tiếp thu đầy đủ các ý kiến, bổ sung vào báo cáo kiểm "
      "điểm việc chậm báo cáo và việc chưa phân công người theo dõi; (2) chi bộ đề nghị Đảng ủy xã công nhận kết quả "
      "xếp loại như đã biểu quyết; (3) năm 2025 mỗi kỳ sinh hoạt phải có phân công cụ thể, đảng viên trẻ được giao "
      "phụ trách ít nhất một việc; (4) chuyên đề quý I năm 2025 về phòng, chống tảo hôn và hôn nhân cận huyết."),
    P("Chi bộ biểu quyết thông qua kết luận hội nghị: 24/24 đảng viên chính thức có mặt tán thành, đạt 100%."),
    H("PHẦN VI. PHÂN CÔNG THỰC HIỆN"),
    P("– Đồng chí Đinh Thị Nhàn hoàn thiện báo cáo kiểm điểm, tổng hợp hồ sơ xếp loại gửi Đảng ủy xã trước ngày "
      "25/12/2024."),
    P("– Đồng chí Xa Văn Thụ cùng Ban công tác Mặt trận xóm vận động các hộ góp công làm rãnh thoát nước, xong "
      "trước Tết Dương lịch."),
    P("– Hai đồng chí Quách Văn Hưng và Bùi Văn Lịch giúp đỡ đồng chí Đinh Văn Thuần khắc phục khuyết điểm, báo "
      "cáo chi bộ tại kỳ họp tháng 3/2025."),
    P("– Chi hội Phụ nữ xóm chuẩn bị tài liệu, mời cán bộ tư pháp xã cho buổi chuyên đề phòng, chống tảo hôn, "
      "hoàn thành trong tháng 01/2025."),
    P("Hội nghị bế mạc lúc 11 giờ 20 phút cùng ngày. Biên bản đã được thông qua trước hội nghị, các đồng chí dự họp "
      "nhất trí với nội dung biên bản."),
    S(["THƯ KÝ", "Đinh Thị Nhàn"], ["T/M CHI ỦY", "BÍ THƯ", "Bùi Văn Thắm"]),
]

X03_TRUTH = minute(
    meeting("regular", "2024-12-20", "07:30", "11:20", "Nhà văn hóa xóm Bưa, xã Phong Phú", "CHI BỘ XÓM BƯA",
            "ĐẢNG ỦY XÃ PHONG PHÚ", month=12, year=2024),
    "Bùi Văn Thắm", "Bí thư chi bộ", "Đinh Thị Nhàn",
    attendance(31, 26, 1, 1, 0, 4,
               [("Bùi Văn Tuyến", "đi làm công nhân tại Bắc Ninh, có giấy xin phép", True)],
               [("Quách Thị Hoa", "Đảng ủy viên, Phó Chủ tịch HĐND xã, phụ trách chi bộ")]),
    True,
    [vote("danh sách đề xuất xếp loại đảng viên năm 2024", 24),
     vote("xếp loại chi bộ 'Hoàn thành tốt nhiệm vụ' (bỏ phiếu kín)", 22, 2, None, 91.67),
     vote("kết luận hội nghị", 24, None, None, 100)],
    [task("Đinh Thị Nhàn", "hoàn thiện báo cáo kiểm điểm, tổng hợp hồ sơ xếp loại gửi Đảng ủy xã", "25/12/2024"),
     task("Xa Văn Thụ", "cùng Ban công tác Mặt trận xóm vận động các hộ góp công làm rãnh thoát nước",
          "Tết Dương lịch"),
     task("Quách Văn Hưng", "giúp đỡ đồng chí Đinh Văn Thuần khắc phục khuyết điểm", "kỳ họp tháng 3/2025"),
     task("Bùi Văn Lịch", "giúp đỡ đồng chí Đinh Văn Thuần khắc phục khuyết điểm", "kỳ họp tháng 3/2025"),
     task("Chi hội Phụ nữ xóm", "chuẩn bị tài liệu, mời cán bộ tư pháp xã cho buổi chuyên đề phòng, chống tảo hôn",
          "tháng 01/2025")],
    [],
)

DOCS.append({
    "name": "x03-hoabinh-muong-yearend-grading", "folder": "test",
    "style": {"family": "serif", "size": 13, "spacing": 1.35, "justify": True, "left": 80, "right": 56,
              "indent": 28, "foot": "Trang {n}/{N}"},
    "minutes": [{"blocks": X03_BLOCKS, "truth": X03_TRUTH}], "flags": [],
})


# ==================================================================================================
# x04 — Quảng Bình, fishing village, admission first, the vote before the conclusion, the news last
# ==================================================================================================

X04_BLOCKS = [
    HD(["ĐẢNG ỦY XÃ CẢNH DƯƠNG", "CHI BỘ THÔN ĐÔNG HÀ", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cảnh Dương, ngày 10 tháng 5 năm 2025"], bold_left=(1,)),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2025"),
    C("(kết hợp xét đề nghị kết nạp đảng viên)", bold=False, italic=True),
    G(6),
    P("Vào lúc 19 giờ 30 phút, ngày 10/5/2025, tại hội trường nhà văn hóa thôn Đông Hà, Chi bộ thôn Đông Hà tiến "
      "hành sinh hoạt thường kỳ tháng 5/2025, kết hợp xét đề nghị kết nạp đảng viên."),
    P("Chi bộ hiện có 24 đảng viên (22 chính thức, 02 dự bị), trong đó 02 đồng chí được miễn sinh hoạt. Có mặt 20/22 "
      "đồng chí phải dự. Vắng 02 đồng chí: đồng chí Trần Văn Lượng đi biển, tàu chưa về bến (có báo chi ủy); đồng "
      "chí Hoàng Văn Sỹ vắng không có lý do."),
    P("Đại biểu: đồng chí Lê Thị Thanh Hương – Đảng ủy viên, phụ trách chi bộ. Quần chúng Nguyễn Thị Mỹ Duyên (người "
      "được đề nghị kết nạp) được mời dự phần xét kết nạp."),
    P("Đồng chí Đinh Văn Quyết – Bí thư chi bộ chủ trì; đồng chí Trần Thị Thu Hà ghi biên bản."),
    H("A/ XÉT ĐỀ NGHỊ KẾT NẠP ĐẢNG VIÊN"),
    P("Đồng chí Lê Văn Quế – Phó Bí thư chi bộ báo cáo tóm tắt: quần chúng Nguyễn Thị Mỹ Duyên, sinh năm 1997, giáo "
      "viên Trường Mầm non Cảnh Dương, Phó Bí thư Chi đoàn thôn, đã học lớp bồi dưỡng nhận thức về Đảng, được Chi "
      "đoàn giới thiệu và được hai đảng viên chính thức là đồng chí Lê Văn Quế, đồng chí Phan Thị Lài giới thiệu; lý "
      "lịch đã được thẩm tra, kết luận đủ điều kiện. Quần chúng Duyên đọc đơn xin vào Đảng và trình bày nhận thức."),
    P("Đồng chí Mai Thị Sương hỏi: “Cháu có anh trai đi lao động ở Hàn Quốc, trong lý lịch đã khai chưa?”. Đồng chí "
      "Phó Bí thư trả lời: đã khai đầy đủ, Đảng ủy xã đã thẩm tra, xác nhận."),
    P("Đồng chí Phan Văn Tùng (Bí thư Chi đoàn) cho biết quần chúng Duyên tích cực trong phong trào “Ngày thứ Bảy "
      "tình nguyện”, dạy bơi miễn phí cho trẻ em vùng biển hai mùa hè liền."),
    P("Chi bộ bỏ phiếu kín. Số đảng viên chính thức của chi bộ: 22, có mặt: 18. Phát ra 18 phiếu, thu về 18 phiếu "
      "hợp lệ: 17 phiếu đồng ý kết nạp (bằng 77,3% tổng số đảng viên chính thức của chi bộ), 01 phiếu không đồng ý. "
      "Chi bộ đề nghị Đảng ủy xã xem xét, kết nạp quần chúng Nguyễn Thị Mỹ Duyên vào Đảng."),
    H("B/ KẾT QUẢ THÁNG 4 VÀ NHIỆM VỤ THÁNG 5"),
    P("Tháng 4, 46 tàu cá của thôn ra khơi, sản lượng ước 520 tấn, tăng 8% so với cùng kỳ; 100% tàu từ 15 m trở lên "
      "lắp thiết bị giám sát hành trình, nhưng còn 03 tàu bị mất kết nối quá 6 giờ mà chủ tàu không báo cáo. Thôn tổ "
      "chức tốt lễ cầu ngư, không có vụ việc mất an ninh trật tự. Hạn chế: rác thải nhựa dọc bờ biển còn nhiều; vận "
      "động ngư dân mua bảo hiểm thân tàu đạt thấp."),
    P("Nhiệm vụ tháng 5: chuẩn bị cho mùa cá Nam; tuyên truyền chống khai thác hải sản bất hợp pháp (IUU); tổ chức "
      "ngày Chủ nhật xanh làm sạch bãi biển; hoàn thiện hồ sơ kết nạp đảng viên."),
    H("C/ BIỂU QUYẾT"),
    P("Chi bộ biểu quyết bằng hình thức giơ tay thông qua phương hướng, nhiệm vụ tháng 5: 100% đảng viên chính thức "
      "có mặt nhất trí."),
    H("D/ KẾT LUẬN VÀ PHÂN CÔNG"),
    P("Đồng chí Bí thư kết luận: chi bộ tập trung ba việc – không để tàu nào của thôn vi phạm vùng biển nước ngoài "
      "hoặc mất kết nối giám sát hành trình; giữ sạch bờ biển; hoàn tất thủ tục kết nạp đảng viên trong tháng. Phân "
      "công cụ thể:"),
    P("+ Giao đồng chí Lê Văn Quế hoàn chỉnh hồ sơ, nghị quyết đề nghị kết nạp, gửi Đảng ủy xã trước ngày 20/5/2025."),
    P("+ Đồng chí Trưởng thôn chủ trì, phối hợp Đồn Biên phòng Cảnh Dương kiểm tra thiết bị giám sát hành trình của "
      "từng tàu, xong trước mùa cá Nam."),
    P("+ Giao Tổ đoàn kết tàu thuyền số 3 duy trì liên lạc bằng máy thông tin tầm xa với các tàu đang khai thác xa "
      "bờ, báo cáo Ban chỉ huy Quân sự xã hằng ngày."),
    P("+ Chi ủy gặp, nhắc nhở đồng chí Hoàng Văn Sỹ về việc vắng sinh hoạt không lý do, báo cáo kết quả tại kỳ họp "
      "tháng 6."),
    H("E/ THÔNG TIN THỜI SỰ"),
    P("Đồng chí Lê Thị Thanh Hương thông tin chủ trương sắp xếp đơn vị hành chính cấp tỉnh, cấp xã theo Nghị quyết "
      "Hội nghị Trung ương 11 khóa XIII; dự báo thời tiết biển tháng 5; quy định mới về xử phạt vi phạm hành chính "
      "trong lĩnh vực thủy sản."),
    P("Buổi sinh hoạt kết thúc lúc 21 giờ 45 phút cùng ngày. Biên bản được thư ký đọc lại, chi bộ nhất trí thông qua."),
    S(["THƯ KÝ", "Trần Thị Thu Hà"], ["CHỦ TRÌ", "Đinh Văn Quyết"]),
]

X04_TRUTH = minute(
    meeting("regular", "2025-05-10", "19:30", "21:45", "hội trường nhà văn hóa thôn Đông Hà",
            "CHI BỘ THÔN ĐÔNG HÀ", "ĐẢNG ỦY XÃ CẢNH DƯƠNG"),
    "Đinh Văn Quyết", "Bí thư chi bộ", "Trần Thị Thu Hà",
    attendance(24, 20, 2, 1, 1, 2,
               [("Trần Văn Lượng", "đi biển, tàu chưa về bến (có báo chi ủy)", True),
                ("Hoàng Văn Sỹ", "không có lý do", False)],
               [("Lê Thị Thanh Hương", "Đảng ủy viên, phụ trách chi bộ"),
                ("Nguyễn Thị Mỹ Duyên", "người được đề nghị kết nạp")]),
    True,
    [vote("đề nghị kết nạp quần chúng Nguyễn Thị Mỹ Duyên (bỏ phiếu kín)", 17, 1, None, 77.3),
     vote("phương hướng, nhiệm vụ tháng 5", None, None, None, 100)],
    [task("Lê Văn Quế", "hoàn chỉnh hồ sơ, nghị quyết đề nghị kết nạp, gửi Đảng ủy xã", "20/5/2025"),
     task("Trưởng thôn", "chủ trì, phối hợp Đồn Biên phòng Cảnh Dương kiểm tra thiết bị giám sát hành trình của "
          "từng tàu", "mùa cá Nam"),
     task("Tổ đoàn kết tàu thuyền số 3", "duy trì liên lạc bằng máy thông tin tầm xa với các tàu đang khai thác xa "
          "bờ, báo cáo Ban chỉ huy Quân sự xã", "hằng ngày"),
     task("Chi ủy", "gặp, nhắc nhở đồng chí Hoàng Văn Sỹ về việc vắng sinh hoạt không lý do", "kỳ họp tháng 6")],
    ["unexcused_absence"],
)

DOCS.append({
    "name": "x04-quangbinh-fishing-village-admission", "folder": "test",
    "style": {"family": "dejavu", "size": 12, "spacing": 1.3, "justify": True, "left": 76, "right": 56,
              "indent": 24},
    "minutes": [{"blocks": X04_BLOCKS, "truth": X04_TRUTH}], "flags": [],
})


# ==================================================================================================
# x05 — Hồ Chí Minh City, software company, combined meeting in person and online
# ==================================================================================================

X05_BLOCKS = [
    HD(["ĐẢNG ỦY CÔNG TY CỔ PHẦN", "PHẦN MỀM SAO NAM", "CHI BỘ KHỐI KỸ THUẬT", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "TP. Hồ Chí Minh, ngày 19 tháng 9 năm 2024"], bold_left=(0, 1, 2)),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9/2024"),
    C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ III/2024"),
    C("Chuyên đề: Ứng dụng chuyển đổi số trong sinh hoạt chi bộ và quản lý đảng viên", bold=False, italic=True),
    G(6),
    L("- Thời gian: từ 17 giờ 00 đến 18 giờ 50, ngày 19/9/2024."),
    L("- Hình thức: trực tiếp kết hợp trực tuyến (phần mềm Zoom, phòng họp của Đảng ủy Công ty)."),
    L("- Địa điểm: Phòng họp tầng 5, tòa nhà Sao Nam (điểm cầu chính)."),
    L("- Đảng viên: tổng số 17 đồng chí (14 chính thức, 03 dự bị). Có mặt 16 đồng chí: 11 đồng chí tại điểm cầu "
      "chính, 05 đồng chí tham dự trực tuyến từ chi nhánh Đà Nẵng và từ nhà; đồng chí Võ Hoàng Long vào phòng họp "
      "trực tuyến lúc 17 giờ 20 do sự cố đường truyền. Vắng 01 đồng chí: Nguyễn Trúc Linh (đi công tác tại Singapore, "
      "có báo cáo)."),
    L("- Chủ trì: đồng chí Bí thư chi bộ. Thư ký: đồng chí Đặng Ngọc Yến, chi ủy viên."),
    G(4),
    H("I. PHẦN THƯỜNG KỲ"),
    P("Chi ủy báo cáo: tháng 8 khối kỹ thuật bàn giao đúng hạn hai dự án phần mềm quản lý bệnh viện cho khách hàng ở "
      "Cần Thơ và Long An; sự cố máy chủ ngày 24/8 được khắc phục trong 3 giờ; 02 đảng viên dự bị hoàn thành khóa học "
      "lý luận chính trị dành cho đảng viên mới. Tồn tại: một số đảng viên làm việc từ xa ít cập nhật tình hình tư "
      "tưởng với chi ủy; nộp đảng phí chuyển khoản còn sai cú pháp, khó đối chiếu."),
    P("Nhiệm vụ tháng 9: hoàn thành giai đoạn 1 dự án cổng dịch vụ công của quận; tổ chức cho đảng viên học tập các "
      "văn bản mới; chuẩn bị sơ kết 9 tháng."),
    H("II. PHẦN CHUYÊN ĐỀ"),
    P("Đồng chí Trần Bảo Ngọc – Phó Bí thư chi bộ trình bày chuyên đề: hướng dẫn sử dụng ứng dụng Sổ tay đảng viên "
      "điện tử, gửi tài liệu sinh hoạt trước qua nhóm nội bộ, thu đảng phí qua tài khoản của chi bộ, bảo mật thông "
      "tin khi họp trực tuyến."),
    H("III. THẢO LUẬN"),
    P("Đồng chí Lý Minh Khoa hỏi: tài liệu mật có được gửi qua nhóm nội bộ trên điện thoại không? Đồng chí Trần Bảo "
      "Ngọc trả lời: không; tài liệu mật chỉ đọc tại phòng họp, nhóm nội bộ chỉ gửi tài liệu công khai."),
    P("Đồng chí Phan Thị Kiều Oanh (tham dự trực tuyến từ Đà Nẵng) đề nghị chi bộ duy trì hình thức trực tuyến cho "
      "đảng viên ở chi nhánh nhưng mỗi quý ít nhất một lần phải họp trực tiếp."),
    P("Đồng chí Võ Hoàng Long xin nhận hướng dẫn các đồng chí lớn tuổi cài đặt và sử dụng ứng dụng."),
    H("IV. KẾT LUẬN"),
    P("Chi bộ thống nhất: (1) từ tháng 10/2024 gửi tài liệu sinh hoạt trước ít nhất 02 ngày; (2) mỗi đảng viên cài "
      "đặt và sử dụng thành thạo ứng dụng Sổ tay đảng viên điện tử trong tháng 10; (3) các tổ dự án tiếp tục bảo đảm "
      "tiến độ cổng dịch vụ công; (4) chi bộ kiến nghị Đảng ủy Công ty trang bị thêm một bộ thiết bị họp trực tuyến "
      "cho chi nhánh Đà Nẵng. Đề nghị các đồng chí đảng viên làm việc từ xa chủ động báo cáo tình hình với chi ủy."),
    P("Kết quả biểu quyết: 16/16 đồng chí có mặt tán thành (11 tại điểm cầu chính, 05 qua chức năng biểu quyết "
      "trực tuyến)."),
    P("Buổi sinh hoạt kết thúc lúc 18 giờ 50 phút. Biên bản đã được đọc lại, các đồng chí dự họp (trực tiếp và trực "
      "tuyến) nhất trí thông qua."),
    S(["THƯ KÝ", "Đặng Ngọc Yến"], ["T/M CHI BỘ", "BÍ THƯ", "Huỳnh Thanh Sơn"]),
]

X05_TRUTH = minute(
    meeting("regular", "2024-09-19", "17:00", "18:50", "Phòng họp tầng 5, tòa nhà Sao Nam", "CHI BỘ KHỐI KỸ THUẬT",
            "ĐẢNG ỦY CÔNG TY CỔ PHẦN PHẦN MỀM SAO NAM",
            topic="Ứng dụng chuyển đổi số trong sinh hoạt chi bộ và quản lý đảng viên"),
    "Huỳnh Thanh Sơn", "Bí thư chi bộ", "Đặng Ngọc Yến",
    attendance(17, 16, 1, 1, 0, 0, [("Nguyễn Trúc Linh", "đi công tác tại Singapore, có báo cáo", True)]),
    True,
    [vote("kết luận sinh hoạt thường kỳ và chuyên đề", 16)],
    [],
    ["short_meeting", "missing_assignments"],
)

DOCS.append({
    "name": "x05-hcm-software-online-combined", "folder": "test",
    "style": {"family": "dvsans", "size": 11, "spacing": 1.35, "justify": False, "left": 72, "right": 60,
              "indent": 20},
    "minutes": [{"blocks": X05_BLOCKS, "truth": X05_TRUTH}], "flags": [],
})


# ==================================================================================================
# x06 — Quảng Trị, commune police, extraordinary meeting about a complaint; conclusion deferred
# ==================================================================================================

X06_BLOCKS = [
    HD(["ĐẢNG ỦY XÃ HẢI AN", "CHI BỘ CÔNG AN XÃ HẢI AN", "Số: 15-BB/CB"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải An, ngày 05 tháng 11 năm 2024"], bold_left=(1,)),
    C("BIÊN BẢN"),
    C("HỌP CHI BỘ BẤT THƯỜNG"),
    C("(Về việc xem xét đơn phản ánh của công dân đối với đảng viên Lê Văn Hòa)", bold=False, italic=True),
    G(6),
    L("Thời gian: bắt đầu 14 giờ 00 phút, ngày 05/11/2024."),
    L("Địa điểm: Hội trường Công an xã Hải An."),
    P("Lý do họp: ngày 01/11/2024, Chi bộ nhận đơn của bà Nguyễn Thị Lệ, trú tại thôn Thuận Đầu, phản ánh Thượng sĩ "
      "Lê Văn Hòa, cán bộ phụ trách đăng ký cư trú, có thái độ thiếu chuẩn mực và hẹn nhiều lần khi giải quyết hồ sơ "
      "đăng ký thường trú. Chi ủy triệu tập họp chi bộ bất thường để xem xét."),
    L("Quân số đảng viên: 12 đồng chí. Có mặt: 09 đồng chí. Vắng: 03 đồng chí, gồm:"),
    L("- Thiếu úy Hồ Văn Nam: trực ban."),
    L("- Trung úy Trần Đình Khánh: tham gia tổ công tác chốt chặn tại ngầm tràn thôn Mỹ Thủy (mưa lũ)."),
    L("- Đại úy Phan Thanh Bình: đang học lớp trung cấp lý luận chính trị tại Trường Chính trị Lê Duẩn."),
    L("Đại biểu dự: đồng chí Trần Minh Quang – Phó Bí thư Thường trực Đảng ủy xã."),
    L("Chủ trì: Trung tá Nguyễn Hữu Phước – Bí thư chi bộ, Trưởng Công an xã."),
    L("Thư ký: Thượng úy Hoàng Thị Diệu Linh – Chi ủy viên."),
    G(4),
    H("I. DIỄN BIẾN CUỘC HỌP"),
    P("1. Đồng chí chủ trì nêu mục đích, yêu cầu cuộc họp và đọc toàn văn đơn của công dân."),
    P("2. Thượng sĩ Lê Văn Hòa trình bày: đồng chí thừa nhận đã hẹn bà Lệ ba lần vì hồ sơ thiếu giấy tờ chứng minh "
      "chỗ ở hợp pháp nhưng không hướng dẫn đầy đủ một lần bằng phiếu hướng dẫn; có lúc trả lời cộc lốc do lượng hồ "
      "sơ dồn vào cuối tháng; khẳng định không có việc gợi ý, nhận tiền của công dân."),
    P("3. Ý kiến của đảng viên:"),
    P("- Thiếu tá Lê Quang Vinh – Phó Trưởng Công an xã: việc không hướng dẫn một lần là vi phạm quy trình giải quyết "
      "thủ tục hành chính; đề nghị kiểm tra lại toàn bộ sổ theo dõi hồ sơ cư trú quý III."),
    P("- Đồng chí Cảnh sát khu vực thôn Thuận Đầu cho biết gia đình bà Lệ đã ở ổn định tại thôn hơn 10 năm, trước "
      "đây chưa từng có đơn thư."),
    P("- Thượng úy Võ Văn Tiến: đề nghị chi bộ gặp trực tiếp công dân và những người có hồ sơ cùng thời điểm để xác "
      "minh, tránh kết luận vội vàng làm ảnh hưởng đến đồng chí Hòa."),
    P("4. Ý kiến chỉ đạo của đồng chí Trần Minh Quang – Phó Bí thư Thường trực Đảng ủy xã: việc xem xét phải khách "
      "quan, đúng quy định; chi bộ cần thành lập tổ xác minh và báo cáo Đảng ủy xã kết quả xử lý."),
    P("5. Chi bộ biểu quyết thành lập Tổ xác minh gồm 03 đồng chí: Thiếu tá Lê Quang Vinh (tổ trưởng), Thượng úy Võ "
      "Văn Tiến, Thượng úy Hoàng Thị Diệu Linh. Kết quả: 09/09 đồng chí có mặt tán thành, đạt 100%."),
    H("II. PHÂN CÔNG"),
    P("- Tổ xác minh làm việc với bà Nguyễn Thị Lệ và các công dân có hồ sơ do đồng chí Hòa giải quyết trong quý "
      "III, báo cáo chi ủy bằng văn bản trước ngày 15/11/2024."),
    P("- Thượng sĩ Lê Văn Hòa viết bản tường trình, nộp chi ủy chậm nhất 17 giờ ngày 07/11/2024."),
    H("III. Ý KIẾN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
    P("Đồng chí chủ trì nêu rõ: qua phần trình bày và các ý kiến phát biểu, hiện chưa đủ căn cứ để đánh giá mức độ "
      "sai phạm của đồng chí Lê Văn Hòa. Chi bộ sẽ họp xem xét và kết luận sau khi có báo cáo của Tổ xác minh."),
    P("Cuộc họp kết thúc lúc 15 giờ 40 phút cùng ngày. Biên bản đã được đọc lại cho các đồng chí dự họp nghe và nhất "
      "trí thông qua; biên bản lập thành 02 bản."),
    S(["THƯ KÝ", "Thượng úy Hoàng Thị Diệu Linh"], ["CHỦ TRÌ", "Trung tá Nguyễn Hữu Phước"]),
]

X06_TRUTH = minute(
    {**meeting("regular", "2024-11-05", "14:00", "15:40", "Hội trường Công an xã Hải An", "CHI BỘ CÔNG AN XÃ HẢI AN",
               "ĐẢNG ỦY XÃ HẢI AN")},
    "Nguyễn Hữu Phước", "Bí thư chi bộ", "Hoàng Thị Diệu Linh",
    attendance(12, 9, 3, 3, 0, 0,
               [("Hồ Văn Nam", "trực ban", True),
                ("Trần Đình Khánh", "tham gia tổ công tác chốt chặn tại ngầm tràn thôn Mỹ Thủy (mưa lũ)", True),
                ("Phan Thanh Bình", "đang học lớp trung cấp lý luận chính trị tại Trường Chính trị Lê Duẩn", True)],
               [("Trần Minh Quang", "Phó Bí thư Thường trực Đảng ủy xã")]),
    False,
    [vote("thành lập Tổ xác minh", 9, None, None, 100)],
    [task("Tổ xác minh", "làm việc với bà Nguyễn Thị Lệ và các công dân có hồ sơ do đồng chí Hòa giải quyết trong "
          "quý III, báo cáo chi ủy bằng văn bản", "15/11/2024"),
     task("Lê Văn Hòa", "viết bản tường trình, nộp chi ủy", "17 giờ ngày 07/11/2024")],
    ["missing_conclusion", "low_attendance"],
)

DOCS.append({
    "name": "x06-quangtri-commune-police-extraordinary", "folder": "test",
    "style": {"family": "serif", "size": 13.5, "spacing": 1.25, "justify": True, "left": 82, "right": 55,
              "indent": 30},
    "minutes": [{"blocks": X06_BLOCKS, "truth": X06_TRUTH}], "flags": [],
})


# ==================================================================================================
# x07 — Ninh Thuận, Chăm pottery quarter, January meeting moved to February; tasks before the discussion
# ==================================================================================================

X07_BLOCKS = [
    HD(["ĐẢNG BỘ THỊ TRẤN PHƯỚC DÂN", "CHI BỘ KHU PHỐ BÀU TRÚC"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Dân, ngày 07 tháng 02 năm 2025"], bold_left=(1,)),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 01 NĂM 2025"),
    G(6),
    P("Thực hiện ý kiến của Thường trực Đảng ủy thị trấn, do kỳ sinh hoạt tháng 01/2025 trùng với những ngày cao "
      "điểm chuẩn bị Tết Nguyên đán Ất Tỵ, chi bộ lùi thời gian sinh hoạt sang ngày 07/02/2025 (nhằm ngày mùng 10 "
      "tháng Giêng)."),
    P("Hôm nay, lúc 19 giờ 00, tại Nhà văn hóa khu phố Bàu Trúc, Chi bộ khu phố Bàu Trúc tiến hành sinh hoạt định kỳ "
      "tháng 01 năm 2025."),
    P("Tổng số đảng viên: 26 đồng chí, trong đó dự bị 02 đồng chí; miễn sinh hoạt 03 đồng chí (Đàng Năng Thọ, Phú "
      "Văn Lực, Thập Thị Nhuần). Phải dự: 23; có mặt: 22; vắng: 01 – đồng chí Trượng Văn Ngọc (đi làm ăn tại Bình "
      "Dương, sau Tết chưa về kịp, có báo). Đồng chí Lưu Quang Thành đến muộn 15 phút, có báo trước."),
    P("Khách mời: đồng chí Nguyễn Thị Hạnh – Đảng ủy viên, phụ trách chi bộ; Ông Châu Văn Sáu – nghệ nhân gốm, "
      "Trưởng Ban công tác Mặt trận khu phố."),
    P("Đồng chí Đàng Văn Tú – Bí thư chi bộ, Trưởng khu phố điều hành buổi sinh hoạt; đồng chí Thành Thị Mỹ Lệ ghi "
      "biên bản."),
    H("1) Thông tin thời sự"),
    P("Đồng chí Nguyễn Thị Hạnh thông tin kết quả Hội nghị Trung ương về tinh gọn tổ chức bộ máy; tình hình đón Tết "
      "trên địa bàn thị trấn; dự báo nắng hạn kéo dài, nguy cơ thiếu nước tưới vụ Đông Xuân."),
    H("2) Kết quả tháng 12/2024 và tháng 01/2025"),
    P("Làng gốm đón khoảng 3.200 lượt khách trong dịp Tết, các hộ bán hết hàng gốm trang trí; không xảy ra cháy tại "
      "các lò nung; khu phố tổ chức tốt Ngày hội Đại đoàn kết và thăm, tặng 45 suất quà cho hộ nghèo, hộ cận nghèo. "
      "Hạn chế: rác thải sau Tết dồn ứ ở bãi đất trống cuối làng; một số hộ nung gốm bằng rơm, củi gây khói vào "
      "giờ cao điểm đón khách."),
    H("3) Nhiệm vụ tháng 02/2025 và phân công"),
    P("– Đồng chí Lưu Quang Thành phụ trách gian trưng bày gốm Bàu Trúc tại hội chợ xuân của huyện, xong trước Rằm "
      "tháng Giêng."),
    P("– Đồng chí Phú Thị Hồng Nhung hướng dẫn các hộ làm gốm phân loại rác, dọn sạch bãi đất trống cuối làng trong "
      "tháng 02/2025."),
    P("– Tổ dân phòng khu phố kiểm tra an toàn phòng cháy tại các lò nung gốm hằng tuần."),
    P("– Đồng chí Thành Thị Mỹ Lệ thu đảng phí năm 2025, nộp Đảng ủy thị trấn trước ngày 28/02/2025."),
    H("4) Thảo luận"),
    P("Ông Châu Văn Sáu cho rằng nên giữ cách nung lộ thiên truyền thống vì đó là nét riêng của gốm Chăm, nhưng bố "
      "trí nung vào sáng sớm, tránh giờ khách đến."),
    P("Đồng chí Quảng Đại Hải đề nghị khu phố sớm lập danh sách nghệ nhân trẻ để đề nghị huyện mở lớp truyền nghề."),
    P("Đồng chí Bá Thị Hòa nêu: nhiều khách hỏi mua qua mạng nhưng các hộ chưa biết đóng gói, gửi hàng; đề nghị "
      "Chi đoàn hỗ trợ."),
    H("5) Kết luận"),
    P("Đồng chí Bí thư kết luận: chi bộ thống nhất với các nhiệm vụ và phân công nêu trên; bổ sung việc bố trí giờ "
      "nung theo ý kiến của ông Châu Văn Sáu; giao Chi đoàn khu phố cử đoàn viên hướng dẫn các hộ bán hàng qua mạng."),
    H("6) Biểu quyết"),
    P("Chi bộ biểu quyết thông qua kết luận: hai mươi trên hai mươi đảng viên chính thức có mặt tán thành, đạt tỷ lệ "
      "một trăm phần trăm."),
    P("Buổi sinh hoạt kết thúc lúc 21 giờ 00 cùng ngày. Biên bản được đọc lại cho chi bộ nghe, không có ý kiến bổ "
      "sung, chi bộ nhất trí thông qua."),
    S(["NGƯỜI GHI BIÊN BẢN", "Thành Thị Mỹ Lệ"], ["T/M CHI BỘ", "BÍ THƯ", "Đàng Văn Tú"]),
]

X07_TRUTH = minute(
    meeting("regular", "2025-02-07", "19:00", "21:00", "Nhà văn hóa khu phố Bàu Trúc", "CHI BỘ KHU PHỐ BÀU TRÚC",
            "ĐẢNG BỘ THỊ TRẤN PHƯỚC DÂN", month=1, year=2025),
    "Đàng Văn Tú", "Bí thư chi bộ", "Thành Thị Mỹ Lệ",
    attendance(26, 22, 1, 1, 0, 3,
               [("Trượng Văn Ngọc", "đi làm ăn tại Bình Dương, sau Tết chưa về kịp, có báo", True)],
               [("Nguyễn Thị Hạnh", "Đảng ủy viên, phụ trách chi bộ"),
                ("Châu Văn Sáu", "nghệ nhân gốm, Trưởng Ban công tác Mặt trận khu phố")]),
    True,
    [vote("kết luận tháng 01/2025", 20, None, None, 100)],
    [task("Lưu Quang Thành", "phụ trách gian trưng bày gốm Bàu Trúc tại hội chợ xuân của huyện",
          "Rằm tháng Giêng"),
     task("Phú Thị Hồng Nhung", "hướng dẫn các hộ làm gốm phân loại rác, dọn sạch bãi đất trống cuối làng",
          "tháng 02/2025"),
     task("Tổ dân phòng khu phố", "kiểm tra an toàn phòng cháy tại các lò nung gốm", "hằng tuần"),
     task("Thành Thị Mỹ Lệ", "thu đảng phí năm 2025, nộp Đảng ủy thị trấn", "28/02/2025"),
     task("Chi đoàn khu phố", "cử đoàn viên hướng dẫn các hộ bán hàng qua mạng", None)],
    [],
)

DOCS.append({
    "name": "x07-ninhthuan-cham-village-moved-date", "folder": "test",
    "style": {"family": "sans", "size": 12, "spacing": 1.3, "justify": False, "left": 74, "right": 62,
              "indent": 22},
    "minutes": [{"blocks": X07_BLOCKS, "truth": X07_TRUTH}], "flags": [],
})


# ==================================================================================================
# x08 — Bà Rịa – Vũng Tàu, ward retirees' cell, no headings at all, the news last; no conclusion, no vote
# ==================================================================================================

X08_BLOCKS = [
    HD(["ĐẢNG BỘ PHƯỜNG THẮNG NHẤT", "CHI BỘ HƯU TRÍ KHU PHỐ 5"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vũng Tàu, ngày 08 tháng 10 năm 2024"], bold_left=(1,)),
    C("BIÊN BẢN SINH HOẠT CHI BỘ"),
    C("Tháng 10 năm 2024", bold=False),
    G(6),
    P("Sáng nay, ngày 08/10/2024, từ 8 giờ 00 đến 10 giờ 00, tại phòng sinh hoạt cộng đồng khu phố 5, Chi bộ Hưu trí "
      "khu phố 5 họp thường kỳ tháng 10. Đồng chí Tạ Quang Hiển, Bí thư chi bộ, chủ trì; đồng chí Hà Văn Bốn ghi biên "
      "bản. Dự có đồng chí Nguyễn Văn Đức, Đảng ủy viên phường, phụ trách chi bộ."),
    P("Chi bộ có 34 đảng viên, 09 đồng chí được miễn sinh hoạt do tuổi cao, sức yếu; 25 đồng chí phải dự, có mặt "
      "23. Đồng chí Võ Thị Sen đang nằm viện điều trị tại Bệnh viện Bà Rịa và đồng chí Đỗ Văn Cừ về quê Thái Bình dự "
      "giỗ họ, cả hai đều đã báo với chi ủy. Đồng chí Mai Xuân Trường đến lúc 8 giờ 25; đồng chí Nguyễn Thị Thu Cúc "
      "xin về lúc 9 giờ 15 để đón cháu."),
    P("Đồng chí Bí thư báo cáo hoạt động tháng 9: đảng viên trong chi bộ tiếp tục là nòng cốt của tổ hòa giải, tổ "
      "an ninh và chi hội khuyến học; hai đồng chí được trao Huy hiệu 50 năm tuổi Đảng dịp 2/9; chi bộ vận động "
      "quyên góp được 12 triệu đồng ủng hộ đồng bào các tỉnh phía Bắc bị thiệt hại do bão số 3. Còn hạn chế: 04 "
      "đồng chí chưa nộp đảng phí quý III; tài liệu sinh hoạt gửi chậm nên nhiều đồng chí chưa kịp đọc trước."),
    P("Tháng 10, chi bộ tập trung vận động nhân dân giữ vệ sinh tuyến đường ven biển, không lấn chiếm vỉa hè; phối "
      "hợp tổ chức kỷ niệm ngày Phụ nữ Việt Nam 20/10 và ngày Người cao tuổi; tiếp tục thăm hỏi đảng viên ốm đau."),
    P("Đồng chí Mai Xuân Trường phát biểu: vỉa hè đoạn từ hẻm 12 đến chợ bị các quán ăn lấn gần hết, người già đi "
      "bộ phải xuống lòng đường; đề nghị chi bộ kiến nghị phường xử lý dứt điểm."),
    P("Đồng chí Lê Văn Bảy nói: “Mình là đảng viên hưu trí, không có quyền xử phạt ai, nhưng nhà mình trước thì "
      "mình dẹp trước, rồi mới nói được người ta”."),
    P("Có ý kiến đề nghị phường sửa đèn chiếu sáng ở công viên nhỏ cuối khu phố, buổi tối thanh niên tụ tập."),
    P("Đồng chí Tạ Quang Hiển tiếp thu các ý kiến và cho biết những kiến nghị về vỉa hè và đèn chiếu sáng chi ủy sẽ "
      "tổng hợp, báo cáo Đảng ủy phường, trả lời chi bộ vào kỳ họp sau."),
    P("Chi ủy phân công đồng chí Mai Xuân Trường cùng Ban điều hành khu phố vận động các hộ kinh doanh ký cam kết "
      "không lấn chiếm vỉa hè, xong trước ngày 31/10/2024; đồng chí Hà Văn Bốn và đồng chí Nguyễn Thị Thu Cúc đến "
      "thăm đồng chí Võ Thị Sen và các đảng viên miễn sinh hoạt đang ốm trong tuần này."),
    P("Cuối buổi, đồng chí Nguyễn Văn Đức thông tin Thông báo kết luận của Ban Thường vụ Đảng ủy phường về chỉnh "
      "trang các tuyến phố ven biển, kế hoạch tổ chức ngày 20/10 và lịch tiếp công dân của phường trong quý IV."),
    P("Buổi sinh hoạt kết thúc lúc 10 giờ. Biên bản được đọc lại, các đồng chí dự họp nhất trí thông qua."),
    S(["THƯ KÝ", "Hà Văn Bốn"], ["BÍ THƯ CHI BỘ", "Tạ Quang Hiển"]),
]

X08_TRUTH = minute(
    meeting("regular", "2024-10-08", "08:00", "10:00", "phòng sinh hoạt cộng đồng khu phố 5",
            "CHI BỘ HƯU TRÍ KHU PHỐ 5", "ĐẢNG BỘ PHƯỜNG THẮNG NHẤT"),
    "Tạ Quang Hiển", "Bí thư chi bộ", "Hà Văn Bốn",
    attendance(34, 23, 2, 2, 0, 9,
               [("Võ Thị Sen", "đang nằm viện điều trị tại Bệnh viện Bà Rịa", True),
                ("Đỗ Văn Cừ", "về quê Thái Bình dự giỗ họ", True)],
               [("Nguyễn Văn Đức", "Đảng ủy viên phường, phụ trách chi bộ")]),
    False,
    [],
    [task("Mai Xuân Trường", "cùng Ban điều hành khu phố vận động các hộ kinh doanh ký cam kết không lấn chiếm vỉa "
          "hè", "31/10/2024"),
     task("Hà Văn Bốn", "đến thăm đồng chí Võ Thị Sen và các đảng viên miễn sinh hoạt đang ốm", "tuần này"),
     task("Nguyễn Thị Thu Cúc", "đến thăm đồng chí Võ Thị Sen và các đảng viên miễn sinh hoạt đang ốm",
          "tuần này")],
    ["missing_conclusion", "missing_vote"],
)

DOCS.append({
    "name": "x08-vungtau-retirees-no-headings", "folder": "test",
    "style": {"family": "serif", "size": 14, "spacing": 1.3, "justify": True, "left": 80, "right": 56,
              "indent": 32},
    "minutes": [{"blocks": X08_BLOCKS, "truth": X08_TRUTH}], "flags": [],
    "scans": [{"name": "x14-vungtau-retirees-scan-moderate", "folder": "test", "damage": "moderate",
               "seed": 7014, "dpi": 200}],
})


# ==================================================================================================
# x09 — Bến Tre, provincial hospital ICU, "Mục" headings, task table before the discussion
# ==================================================================================================

X09_ABSENT_COLS = [(0.08, "STT", "c"), (0.35, "Đảng viên", "l"), (0.32, "Ghi chú", "l"), (0.25, "Lý do vắng", "l")]
X09_TASK_COLS = [(0.06, "TT", "c"), (0.31, "Nhiệm vụ", "l"), (0.21, "Chủ trì thực hiện", "l"),
                 (0.23, "Kết quả cần đạt", "l"), (0.19, "Thời hạn", "l")]

X09_BLOCKS = [
    HD(["ĐẢNG ỦY BỆNH VIỆN ĐA KHOA", "TỈNH BẾN TRE", "CHI BỘ KHOA HỒI SỨC – CHỐNG ĐỘC", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bến Tre, ngày 16 tháng 4 năm 2025"], bold_left=(2,)),
    C("BIÊN BẢN SINH HOẠT CHI BỘ"),
    C("Tháng 4 năm 2025", bold=False, italic=True),
    G(6),
    H("Mục 1. Thời gian, thành phần"),
    P("Thời gian: 13 giờ 30 phút, ngày 16/4/2025. Địa điểm: phòng giao ban Khoa Hồi sức – Chống độc."),
    P("Chi bộ có 21 đảng viên (18 chính thức, 03 dự bị); có mặt 19 đồng chí; vắng 02 đồng chí, cụ thể:"),
    T(X09_ABSENT_COLS, [
        ["1", "ĐD. Huỳnh Thị Bích Trâm", "Đã báo chi ủy", "Trực cấp cứu theo lịch"],
        ["2", "BS. Lê Minh Nhựt", "Từ 14/4 đến 18/4/2025", "Đi tập huấn lọc máu liên tục tại Bệnh viện Chợ Rẫy"],
    ]),
    P("Chủ trì: BSCKII. Trần Văn Út – Bí thư chi bộ, Trưởng khoa. Thư ký: ĐD. Võ Thị Mộng Cầm."),
    H("Mục 2. Thông tin và kết quả tháng 3"),
    P("Đồng chí chủ trì thông tin: Sở Y tế triển khai bệnh án điện tử toàn tỉnh trong năm 2025; bệnh viện được giao "
      "thí điểm chuyển tuyến điện tử; số ca ngộ độc do ăn cá nóc và nấm hoang dại tăng vào mùa khô."),
    P("Tháng 3, khoa điều trị 168 lượt người bệnh, công suất giường 112%; cứu sống 04 ca ngộ độc thuốc trừ cỏ "
      "paraquat nhờ lọc máu sớm; không có sự cố y khoa nghiêm trọng. Tồn tại: hồ sơ bệnh án điện tử còn ghi thiếu "
      "diễn biến ban đêm; 02 điều dưỡng mới chưa thực hiện đúng quy trình vệ sinh tay."),
    H("Mục 3. Nhiệm vụ tháng 4 và phân công"),
    T(X09_TASK_COLS, [
        ["1", "Áp dụng bảng kiểm an toàn cho người bệnh thở máy", "BS. Lê Thị Kim Thoa",
         "100% ca thở máy có bảng kiểm", "30/4/2025"],
        ["2", "Tập huấn lại quy trình kiểm soát nhiễm khuẩn cho điều dưỡng mới", "Điều dưỡng trưởng khoa",
         "Không để xảy ra nhiễm khuẩn bệnh viện", "Tuần 3 tháng 4/2025"],
        ["3", "Vận động viên chức hiến máu tình nguyện đợt 2", "Công đoàn khoa", "Ít nhất 15 đơn vị máu",
         "Tháng 5/2025"],
        ["4", "Đôn đốc thu đảng phí, cập nhật sổ đảng viên", "Đ/c Nguyễn Hữu Tài", "Không nợ đảng phí",
         "Hằng tháng"],
    ]),
    H("Mục 4. Thảo luận"),
    P("ThS.BS. Lê Thị Kim Thoa đề nghị trang bị thêm máy tính bảng tại giường bệnh để ghi diễn biến ban đêm ngay "
      "trên bệnh án điện tử."),
    P("Đồng chí Nguyễn Hữu Tài hỏi: điều dưỡng dự bị đảng viên có phải viết bản tự kiểm điểm hằng quý không? Đồng "
      "chí Trưởng khoa trả lời: có, theo sự phân công của chi ủy người giúp đỡ sẽ nhận xét vào bản kiểm điểm."),
    P("CN. Phạm Văn Dũng (kỹ thuật viên) đề nghị lập lịch bảo dưỡng máy lọc máu vào thứ Bảy để không ảnh hưởng "
      "điều trị."),
    H("Mục 5. Kết luận và biểu quyết"),
    P("Đồng chí chủ trì kết luận: chi bộ thống nhất các nhiệm vụ và phân công tại Mục 3; tiếp thu ý kiến về máy tính "
      "bảng, giao chi ủy đề xuất Ban Giám đốc; lịch bảo dưỡng máy lọc máu thực hiện theo ý kiến của đồng chí Dũng."),
    P("Biểu quyết: Tán thành: 19/19 (100%); Không tán thành: 0; Không biểu quyết: 0."),
    P("Buổi sinh hoạt kết thúc lúc 15 giờ 30 phút cùng ngày. Biên bản đã được thông qua tại cuộc họp."),
    S(["NGƯỜI GHI BIÊN BẢN", "ĐD. Võ Thị Mộng Cầm"], ["T/M CHI ỦY", "BÍ THƯ", "BSCKII. Trần Văn Út"]),
]

X09_TRUTH = minute(
    meeting("regular", "2025-04-16", "13:30", "15:30", "phòng giao ban Khoa Hồi sức – Chống độc",
            "CHI BỘ KHOA HỒI SỨC – CHỐNG ĐỘC", "ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH BẾN TRE"),
    "Trần Văn Út", "Bí thư chi bộ", "Võ Thị Mộng Cầm",
    attendance(21, 19, 2, 2, 0, 0,
               [("Huỳnh Thị Bích Trâm", "Trực cấp cứu theo lịch", True),
                ("Lê Minh Nhựt", "Đi tập huấn lọc máu liên tục tại Bệnh viện Chợ Rẫy", True)]),
    True,
    [vote("kết luận tháng 4/2025", 19, 0, 0, 100)],
    [task("Lê Thị Kim Thoa", "Áp dụng bảng kiểm an toàn cho người bệnh thở máy", "30/4/2025"),
     task("Điều dưỡng trưởng khoa", "Tập huấn lại quy trình kiểm soát nhiễm khuẩn cho điều dưỡng mới",
          "Tuần 3 tháng 4/2025"),
     task("Công đoàn khoa", "Vận động viên chức hiến máu tình nguyện đợt 2", "Tháng 5/2025"),
     task("Nguyễn Hữu Tài", "Đôn đốc thu đảng phí, cập nhật sổ đảng viên", "Hằng tháng"),
     task("chi ủy", "đề xuất Ban Giám đốc", None)],
    [],
)

DOCS.append({
    "name": "x09-bentre-hospital-mucs-task-table", "folder": "test",
    "style": {"family": "dejavu", "size": 11.5, "spacing": 1.3, "justify": True, "left": 72, "right": 56,
              "indent": 22},
    "minutes": [{"blocks": X09_BLOCKS, "truth": X09_TRUTH}], "flags": [],
})


# ==================================================================================================
# x10 — Yên Bái, Tày and Dao village, the March meeting preparing the cell congress; three votes
# ==================================================================================================

X10_TASK_COLS = [(0.07, "TT", "c"), (0.47, "Nội dung chuẩn bị", "l"), (0.24, "Đồng chí phụ trách", "l"),
                 (0.22, "Thời gian hoàn thành", "l")]

X10_BLOCKS = [
    HD(["ĐẢNG BỘ XÃ MINH AN", "CHI BỘ THÔN BẢN TÁT", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Minh An, ngày 11 tháng 3 năm 2025"], bold_left=(1,)),
    C("BIÊN BẢN"),
    C("HỌP CHI BỘ THÁNG 3 NĂM 2025"),
    C("(Nội dung chính: chuẩn bị Đại hội Chi bộ nhiệm kỳ 2025 – 2027)", bold=False, italic=True),
    G(6),
    P("Hôm nay, vào lúc 19 giờ 15 phút ngày 11/3/2025, tại nhà văn hóa thôn Bản Tát, Chi bộ thôn Bản Tát họp thường "
      "kỳ tháng 3 năm 2025."),
    P("Chi bộ có mười bảy đảng viên, trong đó hai đồng chí được miễn sinh hoạt (Triệu Văn Sài, Hoàng Thị Pấng); số "
      "đảng viên phải dự là mười lăm, có mặt mười bốn đồng chí, vắng một đồng chí (đồng chí Bàn Văn Chín đưa vợ đi "
      "sinh tại Bệnh viện Sản Nhi tỉnh, có báo). Các đồng chí có mặt đều là đảng viên chính thức."),
    P("Dự họp có đồng chí Hà Văn Quý – Đảng ủy viên, Trưởng Công an xã, phụ trách chi bộ."),
    P("Đồng chí Lý Văn Tiến – Bí thư chi bộ chủ trì; đồng chí Nông Thị Hằng – Phó Bí thư chi bộ làm thư ký."),
    H("I – THÔNG BÁO CỦA ĐẢNG ỦY XÃ VỀ ĐẠI HỘI CHI BỘ"),
    P("Đồng chí Hà Văn Quý thông báo: Đại hội Chi bộ thôn Bản Tát nhiệm kỳ 2025 – 2027 dự kiến tổ chức ngày "
      "15/4/2025; chi ủy khóa mới gồm 03 đồng chí; Bí thư chi bộ được bầu trực tiếp tại đại hội; báo cáo chính trị "
      "phải gửi Đảng ủy xã cho ý kiến trước khi trình đại hội."),
    H("II – KẾT QUẢ THÁNG 2 VÀ NHIỆM VỤ THÁNG 3"),
    P("Tháng 2, thôn hoàn thành gieo cấy 21 ha lúa xuân, trồng mới 14 ha quế và 9 ha rừng sản xuất; tổ chức Tết "
      "trồng cây; không xảy ra cháy rừng. Còn 02 hộ thả rông gia súc; đường liên thôn đoạn dốc Khe Cọ bị sạt sau "
      "đợt mưa rét. Tháng 3 tập trung chăm sóc lúa xuân, phòng chống cháy rừng mùa khô hanh và chuẩn bị đại hội."),
    H("III – CHUẨN BỊ ĐẠI HỘI CHI BỘ"),
    P("Đồng chí Nông Thị Hằng trình bày dự thảo Báo cáo chính trị nhiệm kỳ 2025 – 2027 và kế hoạch tổ chức đại hội."),
    P("Ý kiến tham gia: đồng chí Triệu Thị Mai đề nghị bổ sung chỉ tiêu giữ gìn nghề thêu thổ cẩm và tiếng Dao trong "
      "thanh niên; đồng chí Hoàng Văn Lìn đề nghị đưa mục tiêu bê tông hóa đoạn dốc Khe Cọ vào báo cáo; đồng chí "
      "Đặng Văn Phẩy cho rằng chỉ tiêu thu nhập 50 triệu đồng/người/năm là cao, nên để 45 triệu đồng."),
    P("Chi bộ biểu quyết thông qua Kế hoạch tổ chức Đại hội: 14/14 đồng chí tán thành."),
    P("Chi bộ biểu quyết thông qua dự thảo Báo cáo chính trị (sau khi tiếp thu ý kiến, chỉ tiêu thu nhập sửa thành "
      "45 triệu đồng): tán thành 14, không tán thành 0."),
    P("Chi bộ giới thiệu danh sách nhân sự chi ủy khóa mới gồm 04 đồng chí (số dư 01 đồng chí), biểu quyết bằng hình "
      "thức giơ tay: 13 đồng chí giơ tay tán thành, 01 đồng chí không giơ tay (không biểu quyết)."),
    H("IV – KẾT LUẬN VÀ PHÂN CÔNG"),
    P("Đồng chí Lý Văn Tiến kết luận: chi bộ thống nhất các nội dung chuẩn bị đại hội như đã biểu quyết; bảo đảm đại "
      "hội đúng tiến độ, tiết kiệm; không để việc chuẩn bị đại hội ảnh hưởng đến phòng chống cháy rừng. Giao đồng "
      "chí Triệu Văn Khé, Trưởng thôn, chỉ đạo tổ phòng cháy chữa cháy rừng của thôn trực 24/24 giờ trong suốt mùa "
      "khô hanh. Các việc chuẩn bị đại hội phân công như sau:"),
    T(X10_TASK_COLS, [
        ["1", "Hoàn thiện dự thảo Báo cáo chính trị, gửi Đảng ủy xã cho ý kiến", "Nông Thị Hằng", "25/3/2025"],
        ["2", "Chuẩn bị hội trường, khánh tiết, loa đài phục vụ đại hội", "Hoàng Văn Lìn, Đặng Văn Phẩy",
         "Trước ngày 13/4/2025"],
        ["3", "Tuyên truyền về đại hội trên loa truyền thanh thôn bằng tiếng Dao và tiếng Kinh", "Chi đoàn thôn",
         "Từ nay đến ngày đại hội"],
        ["4", "Rà soát danh sách, hồ sơ đảng viên dự đại hội", "Lý Văn Tiến", "31/3/2025"],
    ]),
    P("Cuộc họp kết thúc lúc 21 giờ 30 phút cùng ngày. Biên bản được đọc lại trước chi bộ, 14/14 đồng chí nhất trí "
      "thông qua."),
    S(["THƯ KÝ", "Nông Thị Hằng"], ["CHỦ TRÌ", "Lý Văn Tiến"]),
]

X10_TRUTH = minute(
    meeting("regular", "2025-03-11", "19:15", "21:30", "nhà văn hóa thôn Bản Tát", "CHI BỘ THÔN BẢN TÁT",
            "ĐẢNG BỘ XÃ MINH AN"),
    "Lý Văn Tiến", "Bí thư chi bộ", "Nông Thị Hằng",
    attendance(17, 14, 1, 1, 0, 2,
               [("Bàn Văn Chín", "đưa vợ đi sinh tại Bệnh viện Sản Nhi tỉnh, có báo", True)],
               [("Hà Văn Quý", "Đảng ủy viên, Trưởng Công an xã, phụ trách chi bộ")]),
    True,
    [vote("kế hoạch tổ chức Đại hội chi bộ", 14),
     vote("dự thảo Báo cáo chính trị", 14, 0),
     vote("danh sách nhân sự chi ủy khóa mới", 13, None, 1)],
    [task("Triệu Văn Khé", "chỉ đạo tổ phòng cháy chữa cháy rừng của thôn trực 24/24 giờ", "suốt mùa khô hanh"),
     task("Nông Thị Hằng", "Hoàn thiện dự thảo Báo cáo chính trị, gửi Đảng ủy xã cho ý kiến", "25/3/2025"),
     task("Hoàng Văn Lìn", "Chuẩn bị hội trường, khánh tiết, loa đài phục vụ đại hội", "13/4/2025"),
     task("Đặng Văn Phẩy", "Chuẩn bị hội trường, khánh tiết, loa đài phục vụ đại hội", "13/4/2025"),
     task("Chi đoàn thôn", "Tuyên truyền về đại hội trên loa truyền thanh thôn bằng tiếng Dao và tiếng Kinh",
          "ngày đại hội"),
     task("Lý Văn Tiến", "Rà soát danh sách, hồ sơ đảng viên dự đại hội", "31/3/2025")],
    [],
)

DOCS.append({
    "name": "x10-yenbai-tay-dao-village-congress-prep", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "spacing": 1.3, "justify": True, "left": 78, "right": 56,
              "indent": 26},
    "minutes": [{"blocks": X10_BLOCKS, "truth": X10_TRUTH}], "flags": [],
})


# ==================================================================================================
# x11 — Lạng Sơn, district inspection-commission cell; no date line, the date in words in the body;
#        the only vote is on the minutes
# ==================================================================================================

X11_BLOCKS = [
    HD(["HUYỆN ỦY CAO LỘC", "CHI BỘ CƠ QUAN", "ỦY BAN KIỂM TRA HUYỆN ỦY", "*", "Số: 07-BB/CB"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM"], bold_left=(1, 2)),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ"),
    C("Tháng 6 năm 2025", bold=False),
    G(6),
    P("Hôm nay, ngày mười hai tháng sáu năm hai nghìn không trăm hai mươi lăm, vào hồi 14 giờ 00, tại phòng họp Ủy "
      "ban Kiểm tra Huyện ủy, Chi bộ cơ quan Ủy ban Kiểm tra Huyện ủy Cao Lộc tổ chức sinh hoạt thường kỳ tháng "
      "6/2025."),
    P("Tham dự: 11/11 đảng viên của chi bộ, không có đồng chí vắng mặt."),
    P("Chủ trì: đồng chí Lăng Văn Khải – Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy, Bí thư chi bộ."),
    P("Thư ký: đồng chí Lộc Thị Nguyệt – chuyên viên, Chi ủy viên."),
    H("Thứ nhất – Thông tin"),
    P("Đồng chí chủ trì thông tin: thực hiện chủ trương sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương "
      "hai cấp, từ ngày 01/7/2025 cấp huyện kết thúc hoạt động; cơ quan Ủy ban Kiểm tra Huyện ủy phải hoàn thành "
      "việc bàn giao hồ sơ, tài liệu cho Đảng ủy các xã mới và cho Ủy ban Kiểm tra Tỉnh ủy trước thời điểm đó. "
      "Đồng chí cũng thông báo các quy định mới về chế độ đối với cán bộ nghỉ việc do sắp xếp bộ máy."),
    H("Thứ hai – Kết quả công tác tháng 5"),
    P("Cơ quan hoàn thành kiểm tra 02 tổ chức đảng khi có dấu hiệu vi phạm, giám sát chuyên đề đối với 03 đảng "
      "viên; giải quyết dứt điểm 01 đơn tố cáo; thu, nộp đảng phí đúng quy định. Hạn chế: hồ sơ một số cuộc kiểm "
      "tra năm 2023 chưa được lập danh mục, khó bàn giao; vụ việc tố cáo tại xã Thụy Hùng còn kéo dài."),
    H("Thứ ba – Nhiệm vụ tháng 6"),
    P("Hoàn thành các cuộc kiểm tra, giám sát còn dở dang; sắp xếp, lập danh mục và bàn giao toàn bộ hồ sơ lưu trữ; "
      "làm tốt công tác tư tưởng cho cán bộ, đảng viên trong cơ quan trước khi sắp xếp."),
    H("Thứ tư – Ý kiến đảng viên"),
    P("Đồng chí Vi Văn Thành: hồ sơ năm 2021 – 2022 đang để ở kho của Văn phòng Huyện ủy, cần có biên bản giao nhận "
      "riêng để tránh thất lạc."),
    P("Đồng chí Chu Thị Mai hỏi: cán bộ được điều động về xã mới có phải chuyển sinh hoạt đảng ngay trong tháng 6 "
      "không? Đồng chí Chủ nhiệm giải đáp: chuyển sinh hoạt đảng theo quyết định điều động, chậm nhất trong tháng 7."),
    P("Đồng chí Hoàng Văn Páo đề nghị chi bộ tổ chức gặp mặt, động viên các đồng chí nghỉ hưu trước tuổi."),
    H("Thứ năm – Kết luận"),
    P("Đồng chí chủ trì kết luận: tháng 6 là tháng cuối cùng cơ quan hoạt động theo mô hình cũ, mọi việc phải xong "
      "trước ngày 30/6/2025, không để tồn đọng hồ sơ, đơn thư. Đồng chí Phó Chủ nhiệm thường trực chỉ đạo việc sắp "
      "xếp, bàn giao hồ sơ cho các đơn vị tiếp nhận, hoàn thành trước ngày 25/6/2025. Hồ sơ vụ việc tố cáo tại xã "
      "Thụy Hùng được giao cho đồng chí Mã Văn Khoa hoàn thiện, trình Ủy ban Kiểm tra trong tuần tới. Đồng chí Vi Văn "
      "Thành và đồng chí Lương Thị Bích lập danh mục hồ sơ lưu trữ năm 2021 – 2023, xong trước ngày 20/6/2025. Chi "
      "ủy tổ chức gặp mặt các đồng chí nghỉ hưu trước tuổi vào cuối tháng."),
    P("Buổi sinh hoạt kết thúc lúc 16 giờ 15 phút cùng ngày. Biên bản được đọc lại, 11/11 đồng chí biểu quyết nhất "
      "trí thông qua biên bản."),
    S(["THƯ KÝ", "Lộc Thị Nguyệt"], ["T/M CHI ỦY", "BÍ THƯ", "Lăng Văn Khải"]),
]

X11_TRUTH = minute(
    meeting("regular", "2025-06-12", "14:00", "16:15", "phòng họp Ủy ban Kiểm tra Huyện ủy",
            "CHI BỘ CƠ QUAN ỦY BAN KIỂM TRA HUYỆN ỦY", "HUYỆN ỦY CAO LỘC"),
    "Lăng Văn Khải", "Bí thư chi bộ", "Lộc Thị Nguyệt",
    attendance(11, 11, 0, 0, 0, 0),
    True,
    [],
    [task("Phó Chủ nhiệm thường trực", "chỉ đạo việc sắp xếp, bàn giao hồ sơ cho các đơn vị tiếp nhận",
          "25/6/2025"),
     task("Mã Văn Khoa", "hoàn thiện, trình Ủy ban Kiểm tra", "tuần tới"),
     task("Vi Văn Thành", "lập danh mục hồ sơ lưu trữ năm 2021 – 2023", "20/6/2025"),
     task("Lương Thị Bích", "lập danh mục hồ sơ lưu trữ năm 2021 – 2023", "20/6/2025"),
     task("Chi ủy", "tổ chức gặp mặt các đồng chí nghỉ hưu trước tuổi", "cuối tháng")],
    ["missing_vote"],
)

DOCS.append({
    "name": "x11-langson-district-agency-date-in-body", "folder": "test",
    "style": {"family": "sans", "size": 12, "spacing": 1.35, "justify": True, "left": 76, "right": 58,
              "indent": 26, "head": "- {n} -", "head_first": True},
    "minutes": [{"blocks": X11_BLOCKS, "truth": X11_TRUTH}], "flags": [],
})


# ==================================================================================================
# x12 — Hậu Giang, hamlet cell, minute book April–September 2024 (June missing), typed on continuously
# ==================================================================================================

B_CELL, B_COMM = "CHI BỘ ẤP TÂN PHÚ A", "ĐẢNG ỦY XÃ TÂN PHƯỚC HƯNG"

X12_1 = [
    HD(["ĐẢNG ỦY XÃ TÂN PHƯỚC HƯNG", "CHI BỘ ẤP TÂN PHÚ A", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Phước Hưng, ngày 10 tháng 4 năm 2024"], bold_left=(1,)),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2024"),
    G(4),
    P("Vào lúc 14 giờ 00 phút ngày 10/4/2024, tại nhà văn hóa ấp Tân Phú A, chi bộ họp thường kỳ tháng 4."),
    P("Tổng số đảng viên 19, miễn sinh hoạt 02 (đ/c Trần Văn Chín, đ/c Nguyễn Thị Ba), phải dự 17, có mặt 16. "
      "Vắng: đ/c Huỳnh Văn Nhỏ (không lý do)."),
    P("Đ/c Võ Văn Đực – Bí thư chi bộ chủ trì; đ/c Phạm Thị Ngọc Diễm ghi biên bản."),
    P("a) Thông tin: tình hình khô hạn, xâm nhập mặn trong tỉnh; lịch đóng cống ngăn mặn của huyện; kế hoạch phòng, "
      "chống sốt xuất huyết mùa mưa."),
    P("b) Kết quả tháng 3: ấp thu hoạch xong 240 ha lúa Đông Xuân, giá lúa khá; nước kênh Xáng bị nhiễm mặn nhẹ "
      "nhưng chưa ảnh hưởng vườn khóm; 02 hộ đăng ký thoát nghèo. Hạn chế: còn tình trạng đổ rác xuống kênh; đóng "
      "đảng phí quý I chưa đủ."),
    P("c) Nhiệm vụ tháng 4: trữ nước ngọt, theo dõi độ mặn hằng ngày; vệ sinh môi trường, diệt lăng quăng; vận "
      "động tham gia bảo hiểm y tế hộ gia đình."),
    P("d) Ý kiến: đ/c Ngô Văn Tuấn (Trưởng ấp) đề nghị xin xã hỗ trợ thêm 02 máy đo độ mặn; đ/c Cao Thị Thu đề "
      "nghị Chi hội Phụ nữ nhận giữ sạch đoạn kênh trước chợ."),
    P("e) Kết luận: đ/c Bí thư kết luận chi bộ tập trung chống hạn, mặn và giữ vệ sinh kênh rạch; giao đ/c Ngô Văn "
      "Tuấn lập danh sách hộ thiếu nước ngọt, báo xã trước ngày 15/4/2024; đ/c Tô Văn Bền theo dõi, thông báo độ mặn "
      "trên loa ấp hằng ngày. Biểu quyết: 16/16 đồng chí tán thành."),
    P("Sinh hoạt kết thúc lúc 16 giờ 00. Biên bản đọc lại, chi bộ thống nhất thông qua."),
    S(["THƯ KÝ", "Phạm Thị Ngọc Diễm"], ["BÍ THƯ", "Võ Văn Đực"]),
]

X12_1_T = minute(
    meeting("regular", "2024-04-10", "14:00", "16:00", "nhà văn hóa ấp Tân Phú A", B_CELL, B_COMM),
    "Võ Văn Đực", "Bí thư chi bộ", "Phạm Thị Ngọc Diễm",
    attendance(19, 16, 1, 0, 1, 2, [("Huỳnh Văn Nhỏ", "không lý do", False)]),
    True,
    [vote("kết luận tháng 4/2024", 16)],
    [task("Ngô Văn Tuấn", "lập danh sách hộ thiếu nước ngọt, báo xã", "15/4/2024"),
     task("Tô Văn Bền", "theo dõi, thông báo độ mặn trên loa ấp", "hằng ngày")],
    ["unexcused_absence"],
)

X12_2 = [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5/2024"),
    G(4),
    P("Thời gian: 14 giờ 00 – 16 giờ 10, ngày 09/5/2024, tại nhà văn hóa ấp."),
    P("Có mặt: 17/17 đảng viên phải dự (02 đồng chí miễn sinh hoạt). Chủ trì: đ/c Võ Văn Đực – Bí thư chi bộ. Thư "
      "ký: đ/c Phạm Thị Ngọc Diễm."),
    P("a) Thông tin: Chỉ thị của Ban Thường vụ Tỉnh ủy về cao điểm phòng, chống tội phạm ma túy; hướng dẫn xuống "
      "giống lúa Hè Thu né rầy."),
    P("b) Kết quả tháng 4: mặn đã rút, các hộ trữ đủ nước; Chi hội Phụ nữ giữ sạch đoạn kênh trước chợ; đảng phí "
      "quý I nộp đủ. Hạn chế: 03 thanh niên trong ấp tụ tập chạy xe lạng lách ban đêm."),
    P("c) Nhiệm vụ tháng 5: xuống giống Hè Thu đúng lịch; tuyên truyền phòng, chống ma túy trong thanh niên; chuẩn "
      "bị ngày Quốc tế Thiếu nhi 1/6."),
    P("d) Ý kiến: đ/c Nguyễn Thanh Phong (Bí thư Chi đoàn) hỏi có thể mượn sân nhà văn hóa tổ chức giải bóng chuyền "
      "cho thanh niên buổi tối không; đ/c Bí thư trả lời: đồng ý, ấp chịu tiền điện. Đ/c Đặng Văn Tám đề nghị mời "
      "Công an xã nói chuyện với phụ huynh các em chạy xe lạng lách."),
    P("e) Kết luận: đ/c chủ trì kết luận thống nhất các nhiệm vụ tháng 5; giao đ/c Nguyễn Thanh Phong tổ chức giải "
      "bóng chuyền thanh niên vào cuối tháng 5; đ/c Đặng Văn Tám cùng Công an viên ấp gặp gia đình 03 thanh niên "
      "trong tuần này. Chi bộ biểu quyết nhất trí 100%."),
    P("Sinh hoạt kết thúc lúc 16 giờ 10. Biên bản đọc lại, chi bộ thống nhất thông qua."),
    S(["THƯ KÝ", "Phạm Thị Ngọc Diễm"], ["BÍ THƯ", "Võ Văn Đực"]),
]

X12_2_T = minute(
    meeting("regular", "2024-05-09", "14:00", "16:10", "nhà văn hóa ấp", B_CELL, B_COMM),
    "Võ Văn Đực", "Bí thư chi bộ", "Phạm Thị Ngọc Diễm",
    attendance(19, 17, 0, 0, 0, 2),
    True,
    [vote("kết luận tháng 5/2024", None, None, None, 100)],
    [task("Nguyễn Thanh Phong", "tổ chức giải bóng chuyền thanh niên", "cuối tháng 5"),
     task("Đặng Văn Tám", "cùng Công an viên ấp gặp gia đình 03 thanh niên", "tuần này")],
    [],
)

X12_3 = [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7/2024"),
    G(4),
    P("Thời gian: 14 giờ 00 – 15 giờ 45, ngày 10/7/2024, tại nhà văn hóa ấp Tân Phú A."),
    P("Phải dự 17 (02 đồng chí miễn sinh hoạt), có mặt 16; vắng đ/c Huỳnh Văn Nhỏ (không xin phép chi ủy). "
      "Chủ trì: đ/c Võ Văn Đực – Bí thư chi "
      "bộ. Thư ký: đ/c Phạm Thị Ngọc Diễm."),
    P("a) Thông tin: Đảng ủy xã quán triệt kế hoạch tổ chức đại hội chi bộ nhiệm kỳ 2025 – 2027; tình hình mưa bão "
      "đầu mùa."),
    P("b) Kết quả tháng 5, tháng 6: lúa Hè Thu phát triển tốt; giải bóng chuyền thanh niên thu hút 8 đội; 02 gia "
      "đình có con chạy xe lạng lách đã cam kết quản lý con em. Hạn chế: kênh Xáng bị bồi lắng, ghe chở lúa đi lại "
      "khó khăn; tỷ lệ tham gia bảo hiểm y tế mới đạt 88%."),
    P("c) Ý kiến: đ/c Lâm Văn Sơn phản ánh đoạn kênh Xáng gần cầu số 2 chỉ còn sâu khoảng 1 mét; đ/c Dương Thị Mỹ "
      "nói nhiều hộ làm thuê không đủ tiền mua bảo hiểm y tế cho cả nhà."),
    P("d) Kết luận: đ/c Bí thư kết luận: các việc tháng 7 tiếp tục thực hiện theo phân công tại kỳ họp tháng 5; việc "
      "nạo vét kênh Xáng cần được rà soát, lên kế hoạch trình xã; mỗi đảng viên vận động ít nhất 02 hộ tham gia bảo "
      "hiểm y tế. Chi bộ sẽ gặp đ/c Huỳnh Văn Nhỏ để nhắc nhở việc vắng sinh hoạt. Biểu quyết: 16/16 đồng chí tán "
      "thành."),
    P("Sinh hoạt kết thúc lúc 15 giờ 45. Biên bản đọc lại, chi bộ thống nhất thông qua."),
    S(["THƯ KÝ", "Phạm Thị Ngọc Diễm"], ["BÍ THƯ", "Võ Văn Đực"]),
]

X12_3_T = minute(
    meeting("regular", "2024-07-10", "14:00", "15:45", "nhà văn hóa ấp Tân Phú A", B_CELL, B_COMM),
    "Võ Văn Đực", "Bí thư chi bộ", "Phạm Thị Ngọc Diễm",
    attendance(19, 16, 1, 0, 1, 2, [("Huỳnh Văn Nhỏ", "không xin phép chi ủy", False)]),
    True,
    [vote("kết luận tháng 7/2024", 16)],
    [],
    ["unexcused_absence", "missing_assignments"],
)

X12_4 = [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2024"),
    C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ III"),
    C("Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về thực hành tiết kiệm, chống lãng "
      "phí", bold=False, italic=True),
    G(4),
    P("Thời gian: 14 giờ 00 – 16 giờ 20, ngày 08/8/2024, tại nhà văn hóa ấp Tân Phú A."),
    P("Phải dự 17 (02 đồng chí miễn sinh hoạt), có mặt 16; vắng đ/c Lê Thị Mến (chăm con nằm viện ở Cần Thơ, có "
      "báo). Dự có đ/c Lâm Quốc Khánh – "
      "Phó Bí thư Đảng ủy xã. Chủ trì: đ/c Võ Văn Đực – Bí thư chi bộ. Thư ký: đ/c Phạm Thị Ngọc Diễm."),
    P("a) Phần thường kỳ: tháng 7 ấp lập xong kế hoạch nạo vét kênh Xáng trình xã; bảo hiểm y tế tăng lên 91%. Nhiệm "
      "vụ tháng 8: thu hoạch lúa Hè Thu; chuẩn bị nạo vét kênh; phòng chống bệnh tay chân miệng cho trẻ."),
    P("b) Phần chuyên đề: đ/c Phạm Thị Ngọc Diễm trình bày chuyên đề, liên hệ việc tổ chức đám tiệc tốn kém trong "
      "ấp và việc dùng điện, nước lãng phí ở nhà văn hóa."),
    P("c) Ý kiến: đ/c Lâm Văn Sơn cho rằng đảng viên phải làm gương tổ chức đám cưới, đám giỗ gọn nhẹ; đ/c Huỳnh "
      "Văn Nhỏ nhận khuyết điểm vắng hai kỳ họp trước, hứa khắc phục. Đ/c Lâm Quốc Khánh đề nghị chi bộ đưa việc "
      "thực hành tiết kiệm vào tiêu chí đánh giá đảng viên cuối năm."),
    P("d) Kết luận: đ/c Bí thư kết luận: mỗi đảng viên đăng ký một việc làm tiết kiệm cụ thể; giao đ/c Ngô Văn Tuấn "
      "cùng Ban nhân dân ấp xây dựng quy ước tổ chức tiệc cưới, tiệc giỗ tiết kiệm, thông qua hội nghị nhân dân "
      "trong tháng 9; giao đ/c Tô Văn Bền quản lý điện, nước ở nhà văn hóa thường xuyên. Biểu quyết: tán thành "
      "16/16 (100%)."),
    P("Sinh hoạt kết thúc lúc 16 giờ 20. Biên bản đọc lại, chi bộ thống nhất thông qua."),
    S(["THƯ KÝ", "Phạm Thị Ngọc Diễm"], ["BÍ THƯ", "Võ Văn Đực"]),
]

X12_4_T = minute(
    meeting("regular", "2024-08-08", "14:00", "16:20", "nhà văn hóa ấp Tân Phú A", B_CELL, B_COMM,
            topic="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về thực hành tiết kiệm, chống "
                  "lãng phí"),
    "Võ Văn Đực", "Bí thư chi bộ", "Phạm Thị Ngọc Diễm",
    attendance(19, 16, 1, 1, 0, 2, [("Lê Thị Mến", "chăm con nằm viện ở Cần Thơ, có báo", True)],
               [("Lâm Quốc Khánh", "Phó Bí thư Đảng ủy xã")]),
    True,
    [vote("kết luận sinh hoạt thường kỳ và chuyên đề", 16, None, None, 100)],
    [task("Ngô Văn Tuấn", "cùng Ban nhân dân ấp xây dựng quy ước tổ chức tiệc cưới, tiệc giỗ tiết kiệm, thông qua "
          "hội nghị nhân dân", "tháng 9"),
     task("Tô Văn Bền", "quản lý điện, nước ở nhà văn hóa", "thường xuyên")],
    [],
)

X12_5 = [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9/2024"),
    G(4),
    P("Thời gian: 14 giờ 00 – 16 giờ 00, ngày 10/9/2024, tại nhà văn hóa ấp Tân Phú A."),
    P("Phải dự 17 (02 đồng chí miễn sinh hoạt), có mặt 14/17 (đạt 82,4%); vắng 03 đồng chí, cụ thể:"),
    T([(0.09, "TT", "c"), (0.43, "Họ và tên", "l"), (0.48, "Lý do", "l")], [
        ["1", "Huỳnh Văn Nhỏ", "Vắng không lý do"],
        ["2", "Lê Thị Mến", "Đi đám cưới cháu ở Cần Thơ"],
        ["3", "Trần Văn Út Lớn", "Ốm"],
    ]),
    P("Chủ trì: đ/c Võ Văn Đực – Bí thư chi bộ. Thư ký: đ/c Phạm Thị Ngọc Diễm."),
    P("a) Thông tin: hướng dẫn của Đảng ủy xã về kiểm điểm, đánh giá, xếp loại cuối năm; tình hình ủng hộ đồng bào "
      "miền Bắc bị thiệt hại do bão số 3."),
    P("b) Kết quả tháng 8: thu hoạch xong lúa Hè Thu; 11 hộ ký quy ước tổ chức tiệc tiết kiệm; ấp quyên góp được 18 "
      "triệu đồng ủng hộ đồng bào bị bão lũ. Hạn chế: nạo vét kênh Xáng chưa khởi công vì chờ kinh phí."),
    P("c) Ý kiến: đ/c Đặng Văn Tám đề nghị chi bộ xử lý nghiêm việc đồng chí Nhỏ tiếp tục vắng sinh hoạt; đ/c Ngô Văn "
      "Tuấn báo cáo xã đã duyệt kinh phí nạo vét, dự kiến khởi công sau khi thu hoạch xong lúa Thu Đông."),
    P("d) Kết luận: đ/c Bí thư kết luận: đồng chí Huỳnh Văn Nhỏ đã vắng sinh hoạt không lý do ba kỳ trong năm, chi "
      "bộ phải xử lý theo Điều lệ Đảng. Giao Chi ủy làm việc với đồng chí Huỳnh Văn Nhỏ, lập hồ sơ đề nghị xóa tên "
      "theo quy định, báo cáo Đảng ủy xã trước ngày 30/9/2024. Giao đ/c Ngô Văn Tuấn giám sát việc nạo vét kênh Xáng "
      "khi khởi công. Biểu quyết: 14/14 đồng chí tán thành."),
    P("Sinh hoạt kết thúc lúc 16 giờ 00. Biên bản đọc lại, chi bộ thống nhất thông qua."),
    S(["THƯ KÝ", "Phạm Thị Ngọc Diễm"], ["BÍ THƯ", "Võ Văn Đực"]),
]

X12_5_T = minute(
    meeting("regular", "2024-09-10", "14:00", "16:00", "nhà văn hóa ấp Tân Phú A", B_CELL, B_COMM),
    "Võ Văn Đực", "Bí thư chi bộ", "Phạm Thị Ngọc Diễm",
    attendance(19, 14, 3, 2, 1, 2,
               [("Huỳnh Văn Nhỏ", "Vắng không lý do", False),
                ("Lê Thị Mến", "Đi đám cưới cháu ở Cần Thơ", True),
                ("Trần Văn Út Lớn", "Ốm", True)]),
    True,
    [vote("kết luận tháng 9/2024", 14)],
    [task("Chi ủy", "làm việc với đồng chí Huỳnh Văn Nhỏ, lập hồ sơ đề nghị xóa tên theo quy định, báo cáo Đảng ủy "
          "xã", "30/9/2024"),
     task("Ngô Văn Tuấn", "giám sát việc nạo vét kênh Xáng", "khi khởi công")],
    ["low_attendance", "unexcused_absence"],
)

DOCS.append({
    "name": "x12-haugiang-hamlet-book-apr-sep-2024", "folder": "test",
    "style": {"family": "serif", "size": 12, "spacing": 1.25, "justify": True, "left": 76, "right": 56,
              "indent": 24, "head": "Sổ ghi biên bản sinh hoạt Chi bộ ấp Tân Phú A – năm 2024", "head_align": "right",
              "foot": "- {n} -"},
    "minutes": [{"blocks": X12_1, "truth": X12_1_T}, {"blocks": X12_2, "truth": X12_2_T},
                {"blocks": X12_3, "truth": X12_3_T}, {"blocks": X12_4, "truth": X12_4_T},
                {"blocks": X12_5, "truth": X12_5_T}],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
    "between": 22,
})
