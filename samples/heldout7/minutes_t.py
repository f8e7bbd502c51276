"""Held-out set 7, writer t (dev/, `t…`): the Central coast, the Central Highlands and the South.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
bench/, tests/ or the minute texts of the earlier held-out sets (only their READMEs and the docstrings of
samples/heldout5/minutes_{f,g}.py), and without running the extractor. Rendered with `samples/heldout2/make.py`
(`build`). Names, places, figures are invented or used loosely; the paperwork follows /work/shared/DOMAIN.md.

This writer was asked to vary above all the **shape of the whole minute**: long minutes with many sub-headings,
a telegraphic one-page minute, a printed form typed in, sections in an unusual order, special meetings.

Files (name -> what varies -> minute flags / book flags):

- t01-khanhhoa-hospital-yearend-grading-clean -> Khánh Hòa provincial hospital, intensive-care department; Serif
  13 justified, "Trang n/N" at the foot, 3 pages; committee and cell each over two header lines; year-end review
  and grading meeting ("KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI … NĂM 2024"); "PHẦN I … IV" with "Mục 1 … 4" inside;
  degrees before names ("BSCKII.", "ĐD."); a member who leaves early for a shift; a guest from the hospital's
  Party committee who gives a "phát biểu chỉ đạo"; a Raglai nurse quoted in the first person; a ruled table of
  grading results (not a vote); two resolutions: the cell's grading by secret ballot "20/20 phiếu (100%)" and
  the conclusion by raised hands "19/19 … tại thời điểm biểu quyết"; per-person task list, two people in one
  line, a group ("Tổ Bác sĩ điều trị", "hằng tuần"); "NGƯỜI GHI BIÊN BẢN" / "T/M CHI ỦY – BÍ THƯ" -> — / —
- t02-quangnam-ward-telegraphic-short-noassign -> Tam Kỳ (Quảng Nam) khối phố; Sans 11, one terse page of
  "-" fields and "1. … 6." lines; "miễn SH", "phải dự 26; dự 24"; "19h15 đến 20h25" (70 min); the month's tasks
  are a "+" list with deadlines but nobody named, the street-lamp matter is a petition to the ward;
  "Biểu quyết: 24/24 tán thành" -> short_meeting, missing_assignments / —
- t03-kontum-village-admission-unexcused-notapproved -> Kon Tum Ba Na village (A…/Y… names); DejaVu Serif 12;
  header with no date line, "Ngày 14 tháng 5 năm 2024" only in the body; a regular meeting with a second part
  that considers admitting a member of the public ("PHẦN THỨ NHẤT / THỨ HAI" inside "II./III."); exempt elder
  named; "Vắng mặt: đồng chí A Dui, không có lý do"; the applicant is an invited guest; a question and answer;
  tasks inside the conclusion ("cùng thầy hiệu trưởng", "trong tuần sau") and after the ballot; two votes (15/15
  raised hands; 13/13 official members by ballot "đạt 100%"); ends with the end time, never read back
  -> unexcused_absence, not_approved / —
- t04-danang-police-extraordinary-noconclusion -> Đà Nẵng ward police; DejaVu Sans 11; "Số: 07-BB/CB" under the
  cell; "HỌP CHI BỘ BẤT THƯỜNG" about a member caught riding after drinking; ranks before every name; "Chủ
  tọa:" / "Quân số đảng viên"; a heading "3. Kết luận kiểm tra của Tổ công tác" that quotes the inspection
  team's "Kết luận số 04-KL/TKT" (a look-alike); secret ballot "13 phiếu đề nghị hình thức khiển trách
  (86,67%); 02 phiếu đề nghị hình thức cảnh cáo"; the chair only announces the count; one task -> missing_conclusion
- t05-vungtau-offshore-online-nodiscussion-noassign -> Vũng Tàu offshore-services company workshop; Serif 12;
  committee over two lines; "trực tiếp kết hợp trực tuyến", "Điểm cầu chính:" (the location) and "Điểm cầu
  phụ:"; 15 in the hall + 05 online = 20 present; opinions only "nhiều ý kiến", "khung trò chuyện"; a ruled
  task table whose "Thực hiện" column holds only "Các tổ sản xuất", "Toàn thể đảng viên", "Đảng viên các tổ",
  "Toàn chi bộ"; vote "20/20 … (100%)" by hands and on the software -> no_discussion, missing_assignments
- t06-ninhthuan-school-form-unfilled-noconclusion -> Phan Rang (Ninh Thuận) primary school, Chăm and Kinh
  names; a typed printed form: numbered field labels with answers after them, two fields to a line set out
  in columns ("Người chủ trì: …" | "Chức vụ: …"), "Số: ……-BB/CB", "Khách mời: ……"; the form's "V. Kết luận
  của đồng chí chủ trì:" is followed only by dotted lines; "Tán thành: 17/17 Không tán thành: 0 Ý kiến khác:
  0" in three columns; tasks "- Đồng chí X: …", a group ("Tổ chuyên môn khối 4 - 5", "tại kỳ họp tháng 11")
  -> missing_conclusion, unfilled_template
- t07-bentre-hamlet-postponed-low-unexcused -> Bến Tre coconut hamlet; Serif 13 ragged; "HUYỆN ỦY … / ĐẢNG ỦY XÃ
  …" header; the meeting moved from 05/10 to 12/10 (italic note under the title); no headings: opening in prose,
  review, then the **tasks before the discussion**, conclusion, vote, and the **information part last**;
  attendance in prose: 23 of 27 (85.2 %), one "vắng không lý do", one named with no reason at all ("cũng không
  đến dự"), one late arrival; tasks in four sentences (a partner "cùng Tổ hòa giải ấp", "trong suốt mùa triều
  cường", "Chi hội Nông dân ấp", "trước mùa khô") -> low_attendance, unexcused_absence
- t08-hcm-retirees-congress-prep-clean -> Hồ Chí Minh City (Quận 3) retired cadres' cell; DejaVu Serif 12,
  right-aligned running head from page 2 and "- n -" at the foot; two committee lines above the cell; the
  March meeting given over to preparing the cell congress (nhiệm kỳ 2025 – 2027); "Mục 1. … Mục 7."; 11
  exempt counted, late arrival, two absentees with reasons in prose; a guest who is no Party member ("bà Trần
  Thị Mai") and who speaks; chair and secretary in one sentence; Q&A; three votes (draft report 21/22 with 01
  "không biểu quyết"; personnel by ballot "22 phiếu đồng ý (100%)"; the congress date "22/22"); the votes come
  **before** the conclusion ("Chi bộ thống nhất: (1) … (3)"); tasks in one sentence with "chậm nhất" -> — / —
- t09-daklak-military-official-member-clean -> Đắk Lắk district military command (Ê Đê names); Sans 11.5;
  committee over two lines; date in words in the opening; "Quân số:"; "A/ … G/" capital headings; a vote on
  recognising a full member ("11/11 phiếu", official members only) and a vote on the month's resolution
  ("13/13 …; không tán thành: 0; không biểu quyết: 0") **before** the chair's conclusion, with the tasks folded
  into the conclusion (a staff section as a group, "trước ngày", "hằng tuần", "quý III/2024") -> — / —
- t10-lamdong-tea-farm-book-oct2024-feb2025 -> **minute book** of a Lâm Đồng state tea farm cell (K'Ho and Kinh
  names), 5 minutes in 5 consecutive months on 4 pages, every minute after the first starts mid-page under the
  previous signatures (the February conclusion runs over the page break); Serif 12, a centred running head from page
  2, "Trang n" at the foot:
    1. 08/10/2024 regular; "Vắng: đồng chí Đặng Văn Lợi – không lý do" -> unexcused_absence
    2. 07/11/2024 regular; total not written ("14/14 … phải dự", one exempt); a guest -> —
    3. 06/12/2024 regular; "(không báo cáo)"; conclusion, but only the minutes are approved -> unexcused_absence,
       missing_vote
    4. 10/01/2025 **thematic only** ("SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2025" + "Chuyên đề:" line) -> —
    5. 12/02/2025 regular; "vắng mặt, không có lý do"; ends with the end time only -> unexcused_absence,
       not_approved
  book -> missing_month (January 2025 has only the thematic meeting, no regular one — the months of the
  minutes are consecutive all the same), no_thematic_in_quarter (Q4 2024 lies wholly inside Oct–Feb and has
  neither a thematic nor a combined meeting), repeated_absence (Đặng Văn Lợi: Oct, Dec, Feb)
- t11-ninhthuan-school-form-scan-moderate -> image-only twin of t06, moderate, 250 dpi -> as t06
- t12-quangnam-ward-scan-photocopy -> image-only twin of t02, photocopy, 200 dpi -> as t02

Labelling decisions where the READMEs are silent:
- A year-end review-and-grading meeting and an extraordinary meeting (họp bất thường) are `kind` "regular"
  (the model knows only regular/thematic; neither is thematic); `month`/`year` come from the meeting date when
  the title gives only a year (t01) or no period at all (t04).
- A ruled table of grading results ("Mức xếp loại | Số đảng viên | Tỷ lệ") counts members per grade and is not
  a vote; the cell's own grading by ballot ("20/20 phiếu (100%) đề nghị xếp loại chi bộ …") is a resolution.
- A member who leaves early (t01) or arrives late (t07, t08) is present; a vote "19/19 đồng chí có mặt tại thời
  điểm biểu quyết" after one left gives `for` 19.
- A ballot on the form of discipline (t04: "13 phiếu đề nghị hình thức khiển trách (86,67%); 02 phiếu đề nghị
  hình thức cảnh cáo") gives `for` 13, `percent_for` 86.67; the two ballots for a harsher form are not written
  as "không tán thành", so `against` and `abstain` stay null.
- A section headed "Kết luận kiểm tra của Tổ công tác" that quotes a higher body's inspection conclusion is no
  chair's conclusion; nor is a form label "Kết luận của đồng chí chủ trì:" followed by dots only (t06). The
  chair announcing the count of a ballot is no conclusion either.
- A vote written on the form with nothing said about what was voted (t06) is still a resolution (like a vote on
  the month's direction without a conclusion): not missing_vote.
- Missing assignments, two new disguises: a "+" list of the month's tasks with deadlines but no assignee (t02);
  a task table whose assignee column names only "Các tổ sản xuất", "Toàn thể đảng viên", "Đảng viên các tổ",
  "Toàn chi bộ" (t05) — plural or whole-cell bodies, no named member or group.
- Online attendance (t05): members joining online are present; the location is the main point ("Điểm cầu
  chính: …"), the secondary points are not.
- A member of the public invited to the part of the meeting that considers her admission (t03) is a guest, her
  role as written ("đối tượng đề nghị kết nạp"). A guest who is no Party member keeps her name without "bà".
- A meeting moved to a later date (t07) has the date it was held and the month of its title; the planned date
  in the note is no date of the meeting.
- Form fields typed on one line ("Người chủ trì: Nguyễn Thị Thanh Tâm Chức vụ: Bí thư chi bộ") give the name
  before the next label and the role after "Chức vụ:" (the Party role only). A form field "Số đảng viên được
  miễn sinh hoạt: 0" gives `exempt` 0; "Khách mời: ……" gives no guest.
- Absence reasons are the words after the name, without the brackets and without "vắng vì", as written ("đi
  học tập trung, có báo cáo"; "đồng chí X vắng vì ở nhà chăm con nằm viện" -> "ở nhà chăm con nằm viện");
  "(không báo cáo)" is unexcused.
- A clause of the conclusion with the committee as subject ("về đồng chí Đặng Văn Lợi, chi ủy lập hồ sơ báo cáo
  Đảng ủy Công ty theo quy định", t10 Feb; "Chi ủy chuẩn bị báo cáo kiểm điểm cuối năm", t10 Dec) is an
  assignment to the group as written (case kept), deadline null ("theo quy định" is no time). A chair's answer
  in a Q&A ("chi ủy sẽ gửi giấy mời …", t08) is not; the same duty given later in the task section is.
- A person after "cùng" ("cùng thầy hiệu trưởng", "cùng Đội trưởng Đội 3", "cùng Tổ hòa giải ấp") is a partner;
  the words stay in the task. A task that ends on a frequency after a comma ("…, hằng tuần") has that frequency as
  deadline.
- In the book, a thematic-only month counts as missing for `missing_month` even though a minute of that month
  exists; later minutes take the cell and committee of the book's header.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

# ------------------------------------------------------------------------------------------------------------
# t01 — Khánh Hòa hospital, year-end review and grading, 3 pages, clean
# ------------------------------------------------------------------------------------------------------------
T01_BLOCKS = [
    HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "TỈNH KHÁNH HÒA", "CHI BỘ KHOA HỒI SỨC", "TÍCH CỰC - CHỐNG ĐỘC", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nha Trang, ngày 17 tháng 12 năm 2024"], bold_left=(2, 3)),
    G(4),
    C("BIÊN BẢN"),
    C("HỌP CHI BỘ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN NĂM 2024"),
    G(8),
    H("PHẦN I. THỜI GIAN, ĐỊA ĐIỂM VÀ THÀNH PHẦN"),
    L("1. Thời gian: bắt đầu lúc 13 giờ 30 phút, thứ Ba ngày 17/12/2024."),
    L("2. Địa điểm: Phòng giao ban Khoa Hồi sức tích cực - Chống độc, tầng 3 nhà B."),
    L("3. Thành phần dự họp:"),
    P("- Tổng số đảng viên của chi bộ: 21 đồng chí (chính thức 19, dự bị 02); chi bộ không có đảng viên được "
      "miễn sinh hoạt."),
    P("- Có mặt: 20/21 đồng chí. Vắng 01 đồng chí: BSCKII. Phan Thị Diễm Kiều (đi học tập trung lớp cao cấp lý "
      "luận chính trị, có báo cáo bằng văn bản)."),
    P("- Đồng chí ĐD. Trần Quốc Vinh xin phép rời hội nghị lúc 15 giờ 40 phút để nhận ca trực cấp cứu, đã nộp "
      "phiếu tự đánh giá trước khi về."),
    P("- Đại biểu cấp trên: đồng chí Lê Thị Thanh Hương, Phó Bí thư Đảng ủy Bệnh viện, dự và chỉ đạo hội nghị."),
    L("4. Chủ trì: đồng chí BSCKII. Võ Đình Khoa, Bí thư chi bộ, Trưởng khoa."),
    L("5. Thư ký: đồng chí ĐD. Nguyễn Thị Mỹ Duyên, Chi ủy viên, Điều dưỡng trưởng khoa."),
    G(4),
    H("PHẦN II. DIỄN BIẾN HỘI NGHỊ"),
    H("Mục 1. Báo cáo kiểm điểm của tập thể chi ủy", italic=True),
    P("Đồng chí Võ Đình Khoa trình bày báo cáo kiểm điểm tập thể chi bộ năm 2024 (dự thảo đã gửi đảng viên "
      "nghiên cứu trước 05 ngày). Báo cáo nêu:"),
    P("a) Ưu điểm: chi bộ duy trì đủ 12 kỳ sinh hoạt thường kỳ và 04 kỳ sinh hoạt chuyên đề; khoa tiếp nhận "
      "1.846 lượt người bệnh nặng, tỷ lệ cứu sống người bệnh sốc nhiễm khuẩn tăng so với năm 2023; triển khai "
      "thường quy kỹ thuật lọc máu liên tục, phối hợp tuyến trên thực hiện 03 ca ECMO; không có đảng viên vi "
      "phạm y đức; kết nạp 01 đảng viên mới."),
    P("b) Hạn chế: hoàn thiện hồ sơ bệnh án có lúc còn chậm, 02 trường hợp bị Phòng Kế hoạch tổng hợp nhắc nhở; "
      "số đảng viên tham gia nghiên cứu khoa học chưa đạt chỉ tiêu (07/21); tình trạng nằm ghép vào cuối tuần "
      "chưa được khắc phục triệt để."),
    P("c) Nguyên nhân chủ yếu: nhân lực điều dưỡng thiếu so với số giường thực kê; một số đảng viên trẻ chưa "
      "mạnh dạn đăng ký đề tài."),
    H("Mục 2. Đảng viên trình bày bản tự kiểm điểm", italic=True),
    P("Lần lượt 20 đồng chí có mặt đọc bản tự kiểm điểm và tự nhận mức xếp loại; bản kiểm điểm của đồng chí Phan "
      "Thị Diễm Kiều do thư ký đọc thay. Có 03 đồng chí tự nhận mức hoàn thành xuất sắc nhiệm vụ, 16 đồng chí tự "
      "nhận hoàn thành tốt nhiệm vụ, 02 đồng chí tự nhận hoàn thành nhiệm vụ."),
    H("Mục 3. Góp ý, tham gia ý kiến", italic=True),
    P("Đồng chí Huỳnh Văn Tài (Phó Bí thư) góp ý đồng chí Võ Đình Khoa: là người đứng đầu khoa, đồng chí cần "
      "giao việc cụ thể hơn cho bác sĩ trẻ, tránh ôm việc; đồng thời đề nghị chi bộ ghi nhận đồng chí Khoa đã "
      "trực tiếp xử trí 09 ca ngộ độc nặng trong đợt ngộ độc thực phẩm tháng 7."),
    P("Đồng chí Pi Năng Thị Hiền nói: \"Em là đảng viên dự bị, năm đầu còn lúng túng khi chăm sóc người bệnh "
      "thở máy; em mong các anh chị tiếp tục kèm cặp, nhất là ca đêm.\""),
    P("Đồng chí Lưu Minh Trí đề nghị xem xét lại mức tự nhận của đồng chí Đinh Công Hậu vì trong năm có 01 hồ "
      "sơ bệnh án bị trả lại hai lần. Đồng chí Hậu giải trình, xin nhận mức hoàn thành nhiệm vụ."),
    P("Đồng chí Lê Thị Thanh Hương phát biểu chỉ đạo: ghi nhận chi bộ kiểm điểm nghiêm túc, có tự phê bình và "
      "phê bình; đề nghị gắn kết quả xếp loại với việc khắc phục hạn chế đã chỉ ra, không để kéo sang năm 2025."),
    H("Mục 4. Bỏ phiếu xếp loại", italic=True),
    P("Hội nghị bầu Ban kiểm phiếu gồm 03 đồng chí: Lưu Minh Trí (Trưởng ban), Đinh Công Hậu, Mấu Thị Ngọc. "
      "Kết quả bỏ phiếu kín:"),
    P("- Xếp loại tập thể chi bộ: phát ra 20 phiếu, thu về 20 phiếu hợp lệ; 20/20 phiếu (100%) đề nghị xếp "
      "loại chi bộ \"Hoàn thành tốt nhiệm vụ\"."),
    P("- Xếp loại đảng viên (tổng hợp phiếu của từng đồng chí):"),
    T([(0.09, "TT", "c"), (0.51, "Mức xếp loại", "l"), (0.22, "Số đảng viên", "c"), (0.18, "Tỷ lệ", "c")],
      [["1", "Hoàn thành xuất sắc nhiệm vụ", "03", "14,3%"],
       ["2", "Hoàn thành tốt nhiệm vụ", "15", "71,4%"],
       ["3", "Hoàn thành nhiệm vụ", "03", "14,3%"],
       ["4", "Không hoàn thành nhiệm vụ", "0", "0%"]]),
    G(4),
    H("PHẦN III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
    P("Sau khi nghe các ý kiến và ý kiến chỉ đạo của đại biểu Đảng ủy, đồng chí Võ Đình Khoa tổng hợp và kết "
      "luận:"),
    P("1. Chi bộ thống nhất với báo cáo kiểm điểm tập thể, các ưu điểm, hạn chế và nguyên nhân đã nêu; đề nghị "
      "Đảng ủy Bệnh viện xếp loại chi bộ mức \"Hoàn thành tốt nhiệm vụ\"."),
    P("2. Thống nhất kết quả xếp loại đảng viên như bảng trên; đồng chí Đinh Công Hậu xếp loại hoàn thành nhiệm "
      "vụ."),
    P("3. Năm 2025 khắc phục dứt điểm việc chậm hoàn thiện hồ sơ bệnh án; mỗi bác sĩ là đảng viên đăng ký ít "
      "nhất 01 đề tài hoặc sáng kiến cấp cơ sở."),
    P("4. Tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với Quy tắc ứng xử của "
      "công chức, viên chức ngành y tế."),
    P("Chi bộ biểu quyết thông qua kết luận bằng hình thức giơ tay: 19/19 đồng chí có mặt tại thời điểm biểu "
      "quyết tán thành, đạt 100% (đồng chí Trần Quốc Vinh đã về nhận ca trực)."),
    H("PHẦN IV. PHÂN CÔNG THỰC HIỆN"),
    P("- Đ/c Nguyễn Thị Mỹ Duyên: hoàn thiện hồ sơ kiểm điểm, biên bản và tổng hợp kết quả xếp loại, nộp Văn "
      "phòng Đảng ủy trước ngày 24/12/2024."),
    P("- Đ/c Huỳnh Văn Tài: xây dựng kế hoạch khắc phục hạn chế sau kiểm điểm, trình chi ủy trong tháng "
      "01/2025."),
    P("- Đ/c Pi Năng Thị Hiền và đ/c Trần Quốc Vinh: rà soát bảng kiểm chăm sóc người bệnh thở máy, tập huấn "
      "lại cho điều dưỡng mới trong quý I/2025."),
    P("- Tổ Bác sĩ điều trị: kiểm tra chéo hồ sơ bệnh án trước khi chuyển Phòng Kế hoạch tổng hợp, hằng tuần."),
    P("Hội nghị kết thúc lúc 16 giờ 50 phút cùng ngày. Biên bản được đọc lại trước hội nghị; các đồng chí dự họp "
      "không có ý kiến bổ sung và nhất trí thông qua."),
    S(["NGƯỜI GHI BIÊN BẢN", "", "", "ĐD. Nguyễn Thị Mỹ Duyên"],
      ["T/M CHI ỦY", "BÍ THƯ", "", "", "BSCKII. Võ Đình Khoa"]),
]
_T01_TASK3 = "rà soát bảng kiểm chăm sóc người bệnh thở máy, tập huấn lại cho điều dưỡng mới"
T01_TRUTH = minute(
    meeting("regular", "2024-12-17", "13:30", "16:50",
            "Phòng giao ban Khoa Hồi sức tích cực - Chống độc, tầng 3 nhà B",
            "CHI BỘ KHOA HỒI SỨC TÍCH CỰC - CHỐNG ĐỘC", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH KHÁNH HÒA"),
    "Võ Đình Khoa", "Bí thư chi bộ", "Nguyễn Thị Mỹ Duyên",
    attendance(21, 20, 1, 1, 0, 0,
               [("Phan Thị Diễm Kiều",
                 "đi học tập trung lớp cao cấp lý luận chính trị, có báo cáo bằng văn bản", True)],
               [("Lê Thị Thanh Hương", "Phó Bí thư Đảng ủy Bệnh viện")]),
    True,
    [vote("Xếp loại tập thể chi bộ \"Hoàn thành tốt nhiệm vụ\" (bỏ phiếu kín)", 20, None, None, 100),
     vote("Thông qua kết luận của chủ trì (giơ tay)", 19, None, None, 100)],
    [task("Nguyễn Thị Mỹ Duyên", "hoàn thiện hồ sơ kiểm điểm, biên bản và tổng hợp kết quả xếp loại, nộp Văn "
          "phòng Đảng ủy", "24/12/2024"),
     task("Huỳnh Văn Tài", "xây dựng kế hoạch khắc phục hạn chế sau kiểm điểm, trình chi ủy", "tháng 01/2025"),
     task("Pi Năng Thị Hiền", _T01_TASK3, "quý I/2025"),
     task("Trần Quốc Vinh", _T01_TASK3, "quý I/2025"),
     task("Tổ Bác sĩ điều trị", "kiểm tra chéo hồ sơ bệnh án trước khi chuyển Phòng Kế hoạch tổng hợp",
          "hằng tuần")],
    [],
)

# ------------------------------------------------------------------------------------------------------------
# t02 — Tam Kỳ (Quảng Nam) khối phố, telegraphic one page, 70 min, tasks with nobody named
# ------------------------------------------------------------------------------------------------------------
T02_BLOCKS = [
    HD(["ĐẢNG BỘ PHƯỜNG AN SƠN", "CHI BỘ KHỐI PHỐ 3", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Sơn, ngày 06 tháng 3 năm 2025"]),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2025"),
    G(4),
    L("- Thời gian: 19h15 đến 20h25, ngày 06/3/2025."),
    L("- Địa điểm: Nhà sinh hoạt cộng đồng khối phố 3."),
    L("- Đảng viên: tổng số 28; miễn SH 02 (đ/c Đoàn Văn Lực, đ/c Lê Thị Sen); phải dự 26; dự 24."),
    L("- Vắng 02: đ/c Phạm Thị Thu Hà (đi làm ăn xa, có giấy xin phép); đ/c Trương Công Định (ốm)."),
    L("- Chủ trì: đ/c Hồ Văn Thuận, Bí thư. Thư ký: đ/c Ngô Thị Lài."),
    G(3),
    L("1. Thông tin: sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW; lịch thu đảng phí quý I."),
    L("2. Tháng 2: thu đảng phí đủ 28/28 đ/c; ra quân vệ sinh kiệt 12, kiệt 16 (02 buổi); lập xong danh sách hộ "
      "cận nghèo; còn 03 hộ chưa nộp quỹ Vì người nghèo. Tồn tại: tổ dân cư sinh hoạt chưa đều; đèn đường kiệt "
      "12 hỏng kéo dài."),
    L("3. Nhiệm vụ tháng 3:"),
    L("+ Thu đảng phí quý I, xong trước 25/3."),
    L("+ Vận động 100% hộ tham gia ngày Chủ nhật xanh (16/3)."),
    L("+ Rà soát hộ nghèo, cận nghèo phát sinh; báo phường trước 20/3."),
    L("+ Chuẩn bị hồ sơ đón đoàn kiểm tra của Đảng ủy phường."),
    L("4. Ý kiến:"),
    L("- Đ/c Lâm Văn Tư: đèn kiệt 12 hỏng hơn 1 tháng, đề nghị báo gấp."),
    L("- Đ/c Nguyễn Thị Bông hỏi: hộ đi làm ăn xa có phải nộp quỹ không? Đ/c Bí thư: vẫn vận động, không bắt "
      "buộc."),
    L("5. Kết luận (đ/c chủ trì): thống nhất đánh giá tháng 2 và 04 nhiệm vụ tháng 3 nêu trên; việc đèn đường, "
      "chi bộ có văn bản kiến nghị UBND phường."),
    L("6. Biểu quyết: 24/24 tán thành."),
    L("Kết thúc 20h25. Biên bản đã đọc lại, 24/24 đ/c thông qua."),
    S(["THƯ KÝ", "", "Ngô Thị Lài"], ["BÍ THƯ", "", "Hồ Văn Thuận"]),
]
T02_TRUTH = minute(
    meeting("regular", "2025-03-06", "19:15", "20:25", "Nhà sinh hoạt cộng đồng khối phố 3",
            "CHI BỘ KHỐI PHỐ 3", "ĐẢNG BỘ PHƯỜNG AN SƠN"),
    "Hồ Văn Thuận", "Bí thư", "Ngô Thị Lài",
    attendance(28, 24, 2, 2, 0, 2,
               [("Phạm Thị Thu Hà", "đi làm ăn xa, có giấy xin phép", True), ("Trương Công Định", "ốm", True)]),
    True,
    [vote("Thống nhất đánh giá tháng 2 và nhiệm vụ tháng 3", 24)],
    [],
    ["short_meeting", "missing_assignments"],
)

# ------------------------------------------------------------------------------------------------------------
# t03 — Kon Tum Ba Na village, regular meeting + admission, no date in the header, never read back
# ------------------------------------------------------------------------------------------------------------
T03_BLOCKS = [
    HD(["ĐẢNG BỘ XÃ ĐĂK RƠ WA", "CHI BỘ THÔN KON KƠ TU", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THÁNG 5 NĂM 2024"),
    C("(Có nội dung xét đề nghị kết nạp đảng viên)", bold=False, italic=True),
    G(6),
    P("Ngày 14 tháng 5 năm 2024, vào lúc 8 giờ 00, tại nhà rông thôn Kon Kơ Tu, Chi bộ thôn Kon Kơ Tu họp sinh "
      "hoạt thường kỳ tháng 5, trong đó có nội dung xem xét, biểu quyết đề nghị kết nạp quần chúng Y Thúy vào "
      "Đảng."),
    H("I. THÀNH PHẦN"),
    P("Chi bộ có 17 đảng viên; đồng chí A Thiêng (già làng) được miễn sinh hoạt do tuổi cao. Số đảng viên phải "
      "dự: 16 đồng chí. Có mặt 15 đồng chí, trong đó 13 chính thức, 02 dự bị."),
    P("Vắng mặt: đồng chí A Dui, không có lý do."),
    P("Khách mời: đồng chí Nguyễn Văn Tấn, Đảng ủy viên, phụ trách chi bộ; quần chúng Y Thúy (đối tượng đề nghị "
      "kết nạp), dự phần thứ hai."),
    P("Chủ trì: đồng chí A Hyum, Bí thư chi bộ, Trưởng thôn. Thư ký: đồng chí Y Blưm."),
    H("II. PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ"),
    P("1. Đồng chí A Hyum thông báo văn bản mới của Đảng ủy xã về phòng, chống cháy rừng cuối mùa khô và tiến độ "
      "xây dựng nông thôn mới năm 2024."),
    P("2. Kết quả tháng 4: thôn trồng mới 6,5 ha cà phê và 3 ha mì; kiểm tra 14 hộ đốt rẫy gần rừng; hoàn thành "
      "nâng cấp 300 m đường nội thôn. Còn 02 em học sinh bỏ học giữa chừng chưa vận động được."),
    P("3. Nhiệm vụ tháng 5: chăm sóc cà phê sau đợt tưới cuối; chuẩn bị đất trồng mì vụ mới; vận động 02 em bỏ "
      "học trở lại lớp; giữ vệ sinh nhà rông và khu vực bến nước."),
    P("Ý kiến: đồng chí A Khiên đề nghị thôn hỗ trợ giống mì cho 03 hộ nghèo; đồng chí Y Nheo cho biết Chi hội "
      "Phụ nữ đã đến nhà 02 em bỏ học nhưng gia đình chưa đồng ý cho đi học lại."),
    P("Kết luận của đồng chí chủ trì: chi bộ thống nhất các nhiệm vụ tháng 5 nêu trên; giao đồng chí Y Nheo cùng "
      "thầy hiệu trưởng tiếp tục vận động 02 em học sinh trở lại lớp trước ngày 25/5/2024; giao đồng chí A Khiên "
      "lập danh sách hộ cần giống mì, gửi Ban quản lý thôn trong tuần sau."),
    P("Chi bộ biểu quyết bằng giơ tay: 15/15 đồng chí tán thành."),
    H("III. PHẦN THỨ HAI: XÉT ĐỀ NGHỊ KẾT NẠP ĐẢNG VIÊN"),
    P("Đồng chí Y Blưm, đảng viên được phân công giúp đỡ, đọc lý lịch tóm tắt và nhận xét quá trình rèn luyện "
      "của quần chúng Y Thúy, sinh năm 2000, giáo viên Trường Mầm non Hoa Sen, đã học lớp bồi dưỡng nhận thức về "
      "Đảng. Đồng chí Nguyễn Văn Tấn đọc nhận xét của Chi đoàn thanh niên và Chi hội Phụ nữ thôn; cả hai tổ chức "
      "đều đề nghị kết nạp."),
    P("Quần chúng Y Thúy trình bày nhận thức về Đảng và nguyện vọng được đứng trong hàng ngũ của Đảng. Đồng chí "
      "A Khiên hỏi: nếu được kết nạp, đồng chí sẽ làm gì cho phụ nữ trong thôn? Y Thúy trả lời sẽ mở lớp xóa mù "
      "chữ buổi tối cho chị em."),
    P("Chi bộ bỏ phiếu kín (đảng viên chính thức). Số đảng viên chính thức có mặt: 13 đồng chí; phiếu phát ra 13, "
      "thu về 13; số phiếu tán thành đề nghị kết nạp quần chúng Y Thúy: 13/13, đạt 100%."),
    P("Chi bộ giao đồng chí A Hyum hoàn chỉnh hồ sơ, làm tờ trình gửi Đảng ủy xã trước ngày 31/5/2024."),
    P("Buổi sinh hoạt kết thúc vào lúc 10 giờ 40 phút cùng ngày."),
    S(["THƯ KÝ", "", "", "Y Blưm"], ["BÍ THƯ CHI BỘ", "", "", "A Hyum"]),
]
T03_TRUTH = minute(
    meeting("regular", "2024-05-14", "08:00", "10:40", "nhà rông thôn Kon Kơ Tu",
            "CHI BỘ THÔN KON KƠ TU", "ĐẢNG BỘ XÃ ĐĂK RƠ WA"),
    "A Hyum", "Bí thư chi bộ", "Y Blưm",
    attendance(17, 15, 1, 0, 1, 1, [("A Dui", "không có lý do", False)],
               [("Nguyễn Văn Tấn", "Đảng ủy viên, phụ trách chi bộ"), ("Y Thúy", "đối tượng đề nghị kết nạp")]),
    True,
    [vote("Thông qua nhiệm vụ tháng 5 và kết luận", 15),
     vote("Đề nghị kết nạp quần chúng Y Thúy (đảng viên chính thức, phiếu kín)", 13, None, None, 100)],
    [task("Y Nheo", "cùng thầy hiệu trưởng tiếp tục vận động 02 em học sinh trở lại lớp", "25/5/2024"),
     task("A Khiên", "lập danh sách hộ cần giống mì, gửi Ban quản lý thôn", "tuần sau"),
     task("A Hyum", "hoàn chỉnh hồ sơ, làm tờ trình gửi Đảng ủy xã", "31/5/2024")],
    ["unexcused_absence", "not_approved"],
)

# ------------------------------------------------------------------------------------------------------------
# t04 — Đà Nẵng ward police, extraordinary meeting, a look-alike conclusion only
# ------------------------------------------------------------------------------------------------------------
T04_BLOCKS = [
    HD(["ĐẢNG ỦY CÔNG AN QUẬN SƠN TRÀ", "CHI BỘ CÔNG AN PHƯỜNG", "AN HẢI BẮC", "*", "Số: 07-BB/CB"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sơn Trà, ngày 25 tháng 9 năm 2024"], bold_left=(1, 2)),
    C("BIÊN BẢN"),
    C("HỌP CHI BỘ BẤT THƯỜNG"),
    C("Về việc xem xét, đề nghị hình thức kỷ luật đối với đảng viên vi phạm", bold=False, italic=True),
    G(6),
    P("Vào hồi 14 giờ 00 phút ngày 25/9/2024, tại phòng họp Công an phường An Hải Bắc, Chi bộ Công an phường tổ "
      "chức họp bất thường theo chỉ đạo của Ủy ban Kiểm tra Đảng ủy Công an quận."),
    H("1. Thành phần"),
    L("- Chủ tọa: Thiếu tá Trần Văn Phúc, Bí thư chi bộ, Trưởng Công an phường."),
    L("- Thư ký: Trung úy Võ Thị Kim Oanh, đảng viên."),
    L("- Quân số đảng viên: 16 đồng chí; có mặt 15 đồng chí; vắng 01 đồng chí: Đại úy Hồ Sĩ Nguyên (đi học tập "
      "trung, có báo cáo)."),
    L("- Mời dự: Thượng tá Ngô Quang Lâm, Ủy viên Ủy ban Kiểm tra Đảng ủy Công an quận."),
    L("- Đảng viên có vi phạm: Thiếu úy Lê Minh Khang, Cảnh sát khu vực, đảng viên chính thức (có mặt)."),
    H("2. Nội dung sự việc"),
    P("Đồng chí Đặng Thị Hồng Nhung, Phó Bí thư chi bộ, báo cáo: khoảng 21 giờ 30 phút ngày 20/9/2024, đồng chí "
      "Lê Minh Khang điều khiển xe mô tô cá nhân trên đường Ngô Quyền sau khi dự tiệc sinh nhật, bị Tổ tuần tra "
      "kiểm soát của Đội Cảnh sát giao thông quận dừng xe, đo nồng độ cồn trong hơi thở ở mức 0,32 mg/lít khí "
      "thở. Đồng chí Khang hợp tác, không sử dụng giấy tờ ngành để can thiệp, đã nộp phạt theo quy định."),
    H("3. Kết luận kiểm tra của Tổ công tác"),
    P("Theo Kết luận số 04-KL/TKT ngày 24/9/2024 của Tổ kiểm tra Đảng ủy Công an quận: đồng chí Lê Minh Khang "
      "vi phạm Quy định số 69-QĐ/TW của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm và Điều lệnh "
      "Công an nhân dân; vi phạm lần đầu, thái độ thành khẩn; đến mức phải xem xét kỷ luật."),
    H("4. Đảng viên vi phạm tự kiểm điểm"),
    P("Đồng chí Lê Minh Khang đọc bản tự kiểm điểm, thừa nhận toàn bộ vi phạm, tự nhận hình thức khiển trách và "
      "hứa không tái phạm."),
    H("5. Ý kiến của đảng viên"),
    L("- Đồng chí Phan Thanh Bình: vi phạm làm ảnh hưởng hình ảnh lực lượng trên địa bàn, nhưng đồng chí Khang "
      "đã thành khẩn; đề nghị khiển trách."),
    L("- Đồng chí Huỳnh Thị Sương: đề nghị cảnh cáo để răn đe, vì sự việc đã bị người dân đưa lên mạng xã hội."),
    L("- Thượng tá Ngô Quang Lâm lưu ý chi bộ bỏ phiếu đúng quy trình, mỗi phiếu chỉ chọn một hình thức."),
    H("6. Bỏ phiếu kín"),
    P("Ban kiểm phiếu gồm các đồng chí Phan Thanh Bình, Huỳnh Thị Sương, Võ Thị Kim Oanh. Số phiếu phát ra: 15; "
      "thu về: 15, hợp lệ: 15. Kết quả: 13 phiếu đề nghị hình thức khiển trách (86,67%); 02 phiếu đề nghị hình "
      "thức cảnh cáo; không có phiếu đề nghị không kỷ luật. Đồng chí chủ tọa công bố kết quả kiểm phiếu."),
    P("Giao đồng chí Đặng Thị Hồng Nhung hoàn chỉnh hồ sơ đề nghị kỷ luật theo kết quả bỏ phiếu, gửi Ủy ban Kiểm "
      "tra Đảng ủy Công an quận trước ngày 30/9/2024."),
    P("Cuộc họp kết thúc lúc 15 giờ 50 phút. Biên bản được đọc lại và thông qua tại cuộc họp, các đồng chí dự họp "
      "thống nhất với nội dung ghi."),
    S(["THƯ KÝ", "", "", "Trung úy Võ Thị Kim Oanh"], ["CHỦ TỌA", "", "", "Thiếu tá Trần Văn Phúc"]),
]
T04_TRUTH = minute(
    meeting("regular", "2024-09-25", "14:00", "15:50", "phòng họp Công an phường An Hải Bắc",
            "CHI BỘ CÔNG AN PHƯỜNG AN HẢI BẮC", "ĐẢNG ỦY CÔNG AN QUẬN SƠN TRÀ"),
    "Trần Văn Phúc", "Bí thư chi bộ", "Võ Thị Kim Oanh",
    attendance(16, 15, 1, 1, 0, 0, [("Hồ Sĩ Nguyên", "đi học tập trung, có báo cáo", True)],
               [("Ngô Quang Lâm", "Ủy viên Ủy ban Kiểm tra Đảng ủy Công an quận")]),
    False,
    [vote("Đề nghị kỷ luật đồng chí Lê Minh Khang bằng hình thức khiển trách (phiếu kín)", 13, None, None, 86.67)],
    [task("Đặng Thị Hồng Nhung", "hoàn chỉnh hồ sơ đề nghị kỷ luật theo kết quả bỏ phiếu, gửi Ủy ban Kiểm tra "
          "Đảng ủy Công an quận", "30/9/2024")],
    ["missing_conclusion"],
)

# ------------------------------------------------------------------------------------------------------------
# t05 — Vũng Tàu offshore services, combined online meeting, unnamed opinions, unnamed assignees
# ------------------------------------------------------------------------------------------------------------
T05_BLOCKS = [
    HD(["ĐẢNG ỦY CÔNG TY CỔ PHẦN", "DỊCH VỤ KỸ THUẬT BIỂN PHƯƠNG NAM", "CHI BỘ XƯỞNG CƠ KHÍ HÀNG HẢI", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vũng Tàu, ngày 15 tháng 11 năm 2024"], bold_left=(2,)),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 11 NĂM 2024"),
    C("(Hình thức: trực tiếp kết hợp trực tuyến)", bold=False, italic=True),
    G(6),
    L("Thời gian: 16 giờ 00 – 18 giờ 00, thứ Sáu ngày 15/11/2024."),
    L("Điểm cầu chính: Phòng họp Xưởng Cơ khí hàng hải, số 65 đường 30/4, phường Thắng Nhất, thành phố Vũng Tàu."),
    L("Điểm cầu phụ: giàn nhà ở mỏ Đại Hùng và tàu dịch vụ Phương Nam 05 (kết nối qua phần mềm họp trực tuyến "
      "của Công ty)."),
    P("Đảng viên: 22 đồng chí. Dự họp 20 đồng chí, gồm 15 đồng chí tại điểm cầu chính và 05 đồng chí dự trực "
      "tuyến từ giàn, tàu. Vắng 02 đồng chí: Bùi Thế Vĩnh (nghỉ phép năm) và Trương Hoàng Long (tàu đang hành "
      "trình, mất kết nối vệ tinh; đã báo chi ủy).", indent=0),
    L("Chủ trì: đồng chí Mai Xuân Trường, Bí thư chi bộ, Quản đốc xưởng. Thư ký: đồng chí Lý Thị Thu Vân."),
    G(4),
    H("1/ Thông báo tình hình"),
    P("Đồng chí Bí thư thông báo: Công ty vừa ký hợp đồng bảo dưỡng 02 giàn khai thác cho năm 2025; Đảng ủy Công "
      "ty yêu cầu tăng cường an toàn lao động sau sự cố rơi vật tư tại cảng hạ lưu tháng 10."),
    H("2/ Kết quả tháng 10/2024"),
    P("Xưởng đạt 96% kế hoạch sản lượng; chế tạo xong 04 cụm ống công nghệ đúng tiến độ; không có tai nạn lao "
      "động nặng, có 01 trường hợp trầy xước tay do không đeo găng. Đảng phí thu đủ. Hạn chế: sổ an toàn ca đêm "
      "ghi chép sơ sài; 02 hạng mục sơn phủ chậm 03 ngày so với hợp đồng."),
    H("3/ Thảo luận"),
    P("Tại điểm cầu chính, nhiều ý kiến đề nghị bổ sung bảo hộ lao động cho tổ sơn và siết chặt việc ký nhận "
      "ca. Các đồng chí dự trực tuyến gửi ý kiến qua khung trò chuyện của phần mềm, cơ bản nhất trí với báo cáo; "
      "có ý kiến đề nghị rút ngắn thời gian chờ vật tư ra giàn."),
    H("4/ Nhiệm vụ tháng 11/2024"),
    P("Chi bộ thống nhất các nhiệm vụ và phân công thực hiện như bảng dưới đây:"),
    T([(0.07, "TT", "c"), (0.49, "Nhiệm vụ", "l"), (0.25, "Thực hiện", "l"), (0.19, "Thời gian", "l")],
      [["1", "Hoàn thành 02 hạng mục sơn phủ còn chậm", "Các tổ sản xuất", "Trước 25/11/2024"],
       ["2", "Ghi sổ giao ca đầy đủ, ký nhận rõ ràng", "Toàn thể đảng viên", "Hằng ca"],
       ["3", "Tuyên truyền quy định an toàn khi làm việc trên cao cho công nhân mới", "Đảng viên các tổ",
        "Thường xuyên"],
       ["4", "Góp ý dự thảo kế hoạch sản xuất năm 2025", "Toàn chi bộ", "Tháng 11/2024"]]),
    H("5/ Kết luận và biểu quyết"),
    P("Đồng chí chủ trì kết luận: tháng 10 xưởng hoàn thành cơ bản nhiệm vụ; tháng 11 tập trung xử lý dứt điểm "
      "02 hạng mục chậm, không để phát sinh sự cố an toàn, chuẩn bị nhân lực cho hợp đồng bảo dưỡng năm 2025."),
    P("Biểu quyết bằng giơ tay tại điểm cầu chính và bấm chọn trên phần mềm tại điểm cầu phụ: 20/20 đồng chí tán "
      "thành (100%)."),
    P("Buổi sinh hoạt kết thúc lúc 18 giờ 00 phút. Biên bản được đọc lại và thông qua tại các điểm cầu."),
    S(["THƯ KÝ", "", "", "Lý Thị Thu Vân"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Mai Xuân Trường"]),
]
T05_TRUTH = minute(
    meeting("regular", "2024-11-15", "16:00", "18:00",
            "Phòng họp Xưởng Cơ khí hàng hải, số 65 đường 30/4, phường Thắng Nhất, thành phố Vũng Tàu",
            "CHI BỘ XƯỞNG CƠ KHÍ HÀNG HẢI", "ĐẢNG ỦY CÔNG TY CỔ PHẦN DỊCH VỤ KỸ THUẬT BIỂN PHƯƠNG NAM"),
    "Mai Xuân Trường", "Bí thư chi bộ", "Lý Thị Thu Vân",
    attendance(22, 20, 2, 2, 0, 0,
               [("Bùi Thế Vĩnh", "nghỉ phép năm", True),
                ("Trương Hoàng Long", "tàu đang hành trình, mất kết nối vệ tinh; đã báo chi ủy", True)]),
    True,
    [vote("Thông qua kết luận tháng 11/2024", 20, None, None, 100)],
    [],
    ["no_discussion", "missing_assignments"],
)

# ------------------------------------------------------------------------------------------------------------
# t06 — Phan Rang (Ninh Thuận) primary school, typed printed form, conclusion field left as dots
# ------------------------------------------------------------------------------------------------------------
T06_BLOCKS = [
    HD(["ĐẢNG BỘ PHƯỜNG ĐÔ VINH", "CHI BỘ TRƯỜNG TIỂU HỌC", "ĐÔ VINH", "*", "Số: ……-BB/CB"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đô Vinh, ngày 10 tháng 10 năm 2024"], bold_left=(1, 2)),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ"),
    C("Tháng 10 năm 2024", bold=False),
    G(6),
    L("1. Thời gian bắt đầu: 16 giờ 15 phút, ngày 10/10/2024"),
    L("2. Địa điểm: Phòng họp Hội đồng sư phạm"),
    ("row", [(0, "3. Người chủ trì: Nguyễn Thị Thanh Tâm"), (285, "Chức vụ: Bí thư chi bộ")]),
    ("row", [(0, "4. Người ghi biên bản: Đạo Thị Ngọc Trâm"), (285, "Chức vụ: Chi ủy viên")]),
    ("row", [(0, "5. Tổng số đảng viên của chi bộ: 18"), (235, "Số đảng viên được miễn sinh hoạt: 0")]),
    ("row", [(14, "Số đảng viên có mặt: 17"), (235, "Vắng mặt: 01 (có lý do: 01; không lý do: 0)")]),
    L("Họ tên đảng viên vắng mặt, lý do: Thông Thị Minh Hoa - nghỉ chế độ thai sản", indent=14),
    L("6. Khách mời: ……………………………………"),
    G(4),
    C("NỘI DUNG SINH HOẠT"),
    L("I. Thông tin thời sự, phổ biến văn bản mới:", bold=True),
    P("Đồng chí Bí thư phổ biến kế hoạch thực hiện nhiệm vụ năm học 2024 - 2025 của Phòng Giáo dục và Đào tạo; "
      "thông tin tình hình khắc phục hậu quả bão số 3 ở các tỉnh phía Bắc và kết quả quyên góp của nhà trường "
      "(5.850.000 đồng)."),
    L("II. Đánh giá kết quả thực hiện nhiệm vụ tháng 9:", bold=True),
    P("- Ưu điểm: khai giảng an toàn, đúng kế hoạch; huy động 100% trẻ 6 tuổi vào lớp 1; đảng viên đăng ký nêu "
      "gương và chỉ tiêu phấn đấu năm học đầy đủ."),
    P("- Tồn tại: các lớp tăng cường tiếng Việt cho học sinh người Chăm còn thiếu tài liệu; 03 giáo viên chưa "
      "hoàn thành bồi dưỡng thường xuyên."),
    L("III. Phương hướng, nhiệm vụ tháng 10:", bold=True),
    P("Tổ chức Hội khỏe Phù Đổng cấp trường; hoàn thành kiểm tra nội bộ đầu năm; duy trì sĩ số; chuẩn bị chuyên "
      "đề dạy học tích hợp ở khối 4, 5."),
    L("IV. Ý kiến thảo luận:", bold=True),
    P("- Đồng chí Quảng Văn Tín: đề nghị nhà trường liên hệ Trung tâm Nghiên cứu văn hóa Chăm xin thêm tài liệu "
      "song ngữ cho lớp 1."),
    P("- Đồng chí Lê Thị Kim Thoa: sân tập thể dục còn đọng nước sau mưa, cần san lấp trước Hội khỏe Phù Đổng."),
    L("V. Kết luận của đồng chí chủ trì:", bold=True),
    L("……………………………………………………………………………………………………"),
    L("……………………………………………………………………………………………………"),
    L("VI. Biểu quyết:", bold=True),
    ("row", [(14, "Tán thành: 17/17"), (150, "Không tán thành: 0"), (300, "Ý kiến khác: 0")]),
    L("VII. Phân công thực hiện:", bold=True),
    P("- Đồng chí Quảng Văn Tín: liên hệ xin tài liệu song ngữ Chăm - Việt, hoàn thành trong tháng 10/2024."),
    P("- Đồng chí Lê Thị Kim Thoa: phối hợp bảo vệ trường san lấp sân tập, xong trước ngày 20/10/2024."),
    P("- Tổ chuyên môn khối 4 - 5: xây dựng chuyên đề dạy học tích hợp, báo cáo tại kỳ họp tháng 11."),
    P("Buổi sinh hoạt kết thúc lúc 18 giờ 00 phút. Biên bản đã được đọc lại cho chi bộ nghe và nhất trí thông "
      "qua."),
    S(["THƯ KÝ", "", "", "Đạo Thị Ngọc Trâm"], ["CHỦ TRÌ", "", "", "Nguyễn Thị Thanh Tâm"]),
]
T06_TRUTH = minute(
    meeting("regular", "2024-10-10", "16:15", "18:00", "Phòng họp Hội đồng sư phạm",
            "CHI BỘ TRƯỜNG TIỂU HỌC ĐÔ VINH", "ĐẢNG BỘ PHƯỜNG ĐÔ VINH"),
    "Nguyễn Thị Thanh Tâm", "Bí thư chi bộ", "Đạo Thị Ngọc Trâm",
    attendance(18, 17, 1, 1, 0, 0, [("Thông Thị Minh Hoa", "nghỉ chế độ thai sản", True)]),
    False,
    [vote("Biểu quyết (nội dung không ghi trên mẫu)", 17, 0, 0)],
    [task("Quảng Văn Tín", "liên hệ xin tài liệu song ngữ Chăm - Việt", "tháng 10/2024"),
     task("Lê Thị Kim Thoa", "phối hợp bảo vệ trường san lấp sân tập", "20/10/2024"),
     task("Tổ chuyên môn khối 4 - 5", "xây dựng chuyên đề dạy học tích hợp", "kỳ họp tháng 11")],
    ["missing_conclusion", "unfilled_template"],
)

# ------------------------------------------------------------------------------------------------------------
# t07 — Bến Tre hamlet, meeting moved a week, tasks before the discussion, information last
# ------------------------------------------------------------------------------------------------------------
T07_BLOCKS = [
    HD(["HUYỆN ỦY MỎ CÀY NAM", "ĐẢNG ỦY XÃ AN THẠNH", "CHI BỘ ẤP AN BÌNH", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Thạnh, ngày 12 tháng 10 năm 2024"], bold_left=(2,)),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2024"),
    C("(Kỳ sinh hoạt dự kiến ngày 05/10/2024, dời sang ngày 12/10/2024 do triều cường dâng cao, đảng viên phải "
      "gia cố bờ bao vườn dừa; việc dời lịch đã báo cáo Đảng ủy xã)", bold=False, italic=True, size=11.5),
    G(6),
    P("Hôm nay, lúc 14 giờ 00 ngày 12/10/2024, tại Văn phòng ấp An Bình, Chi bộ họp định kỳ tháng 10. Đồng chí "
      "Bí thư Trần Văn Sang chủ trì, đồng chí Nguyễn Thị Bích Tuyền ghi biên bản."),
    P("Chi bộ có 31 đảng viên, 04 đồng chí được miễn sinh hoạt nên số phải dự là 27. Đến dự 23 đồng chí. Đồng "
      "chí Võ Văn Hai vắng vì đi làm thuê ở Bình Dương, có báo; đồng chí Trần Thị Út Nhỏ vắng vì ở nhà chăm con "
      "nằm viện; đồng chí Nguyễn Văn Sáu vắng không lý do; đồng chí Lê Minh Tâm cũng không đến dự. Đồng chí "
      "Huỳnh Văn Lượm đến trễ 30 phút vì đi ghe từ cồn về."),
    P("Đồng chí Phó Bí thư Phan Thanh Hùng báo cáo kết quả tháng 9: ấp đắp xong 1,2 km bờ bao chống triều; 100% "
      "hộ nuôi heo đã tiêm phòng dịch tả heo châu Phi đợt 2; vận động được 12 hộ trồng xen ca cao dưới tán dừa; "
      "còn 02 vụ tranh chấp ranh đất chưa hòa giải xong; đảng phí mới thu được của 25/31 đồng chí."),
    P("Ngay sau phần báo cáo, chi ủy đề xuất và chi bộ phân công nhiệm vụ tháng 10 như sau. Đồng chí Phan Thanh "
      "Hùng cùng Tổ hòa giải ấp giải quyết dứt điểm 02 vụ tranh chấp ranh đất trước ngày 31/10/2024. Đồng chí "
      "Huỳnh Văn Lượm theo dõi mực nước, phối hợp Ban chỉ huy phòng chống thiên tai xã báo động cho các hộ ven "
      "sông trong suốt mùa triều cường. Chi hội Nông dân ấp hướng dẫn 12 hộ trồng xen ca cao, xong trước mùa khô. "
      "Đồng chí Nguyễn Thị Bích Tuyền thu đảng phí còn thiếu, nộp Đảng ủy xã trong tháng 10."),
    P("Thảo luận: đồng chí Đặng Văn Út nói ca cao trồng xen phải có đầu ra ổn định, đề nghị ấp mời công ty thu "
      "mua về ký hợp đồng với hộ dân. Đồng chí Trần Thị Kim Hoa cho rằng nên ưu tiên hộ có vườn sát bờ bao vừa "
      "đắp. Đồng chí Phan Thanh Hùng nói thêm về tiến độ hòa giải: một vụ đã hẹn hai bên gặp nhau vào tuần tới."),
    P("Kết luận: đồng chí Bí thư kết luận, chi bộ thống nhất đánh giá kết quả tháng 9 như báo cáo; tháng 10 tập "
      "trung phòng chống triều cường, bảo vệ vườn dừa, hoàn thành hòa giải tranh chấp; các phần việc đã phân "
      "công ở trên giữ nguyên, bổ sung việc mời doanh nghiệp thu mua ca cao về làm việc với ấp."),
    P("Chi bộ biểu quyết thông qua: 23/23 đồng chí có mặt đều giơ tay tán thành."),
    P("Cuối buổi, đồng chí Bí thư thông tin thời sự: dự báo xâm nhập mặn mùa khô 2024 - 2025 có thể đến sớm; kế "
      "hoạch của Đảng ủy xã về tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027."),
    P("Buổi sinh hoạt kết thúc lúc 16 giờ 10 phút. Thư ký đọc lại biên bản, chi bộ nhất trí thông qua."),
    S(["THƯ KÝ", "", "", "Nguyễn Thị Bích Tuyền"], ["BÍ THƯ CHI BỘ", "", "", "Trần Văn Sang"]),
]
T07_TRUTH = minute(
    meeting("regular", "2024-10-12", "14:00", "16:10", "Văn phòng ấp An Bình",
            "CHI BỘ ẤP AN BÌNH", "ĐẢNG ỦY XÃ AN THẠNH"),
    "Trần Văn Sang", "Bí thư", "Nguyễn Thị Bích Tuyền",
    attendance(31, 23, 4, 2, 2, 4,
               [("Võ Văn Hai", "đi làm thuê ở Bình Dương, có báo", True),
                ("Trần Thị Út Nhỏ", "ở nhà chăm con nằm viện", True),
                ("Nguyễn Văn Sáu", "không lý do", False),
                ("Lê Minh Tâm", None, False)]),
    True,
    [vote("Thông qua kết luận tháng 10/2024", 23)],
    [task("Phan Thanh Hùng", "cùng Tổ hòa giải ấp giải quyết dứt điểm 02 vụ tranh chấp ranh đất", "31/10/2024"),
     task("Huỳnh Văn Lượm", "theo dõi mực nước, phối hợp Ban chỉ huy phòng chống thiên tai xã báo động cho các "
          "hộ ven sông", "suốt mùa triều cường"),
     task("Chi hội Nông dân ấp", "hướng dẫn 12 hộ trồng xen ca cao", "mùa khô"),
     task("Nguyễn Thị Bích Tuyền", "thu đảng phí còn thiếu, nộp Đảng ủy xã", "tháng 10")],
    ["low_attendance", "unexcused_absence"],
)

# ------------------------------------------------------------------------------------------------------------
# t08 — Hồ Chí Minh City retired cadres, congress preparation, three votes before the conclusion
# ------------------------------------------------------------------------------------------------------------
T08_BLOCKS = [
    HD(["ĐẢNG BỘ QUẬN 3", "ĐẢNG BỘ PHƯỜNG VÕ THỊ SÁU", "CHI BỘ CÁN BỘ HƯU TRÍ", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quận 3, ngày 18 tháng 3 năm 2025"], bold_left=(2,)),
    C("BIÊN BẢN HỌP CHI BỘ THÁNG 3 NĂM 2025"),
    C("(Thảo luận công tác chuẩn bị Đại hội Chi bộ nhiệm kỳ 2025 – 2027)", bold=False, italic=True),
    G(6),
    P("Vào lúc 8 giờ 30 phút ngày 18 tháng 3 năm 2025, tại Hội trường Khu phố 4, phường Võ Thị Sáu, Chi bộ Cán "
      "bộ hưu trí họp thường kỳ tháng 3, dành phần lớn thời gian cho công tác chuẩn bị Đại hội Chi bộ."),
    H("Mục 1. Thành phần"),
    P("Chi bộ hiện có 35 đảng viên, trong đó 11 đồng chí được miễn công tác và sinh hoạt đảng do tuổi cao, sức "
      "yếu; số đảng viên phải dự là 24 đồng chí. Có mặt 22 đồng chí (đạt 91,7%); đồng chí Trịnh Văn Sơn đến muộn "
      "20 phút, có báo trước. Vắng 02 đồng chí có lý do: đồng chí Hà Văn Bảy đang điều trị tại Bệnh viện Chợ "
      "Rẫy, đồng chí Lữ Thị Cúc về quê Quảng Ngãi chịu tang."),
    P("Đại biểu: đồng chí Phạm Ngọc Hân, Phó Bí thư Thường trực Đảng ủy phường; bà Trần Thị Mai, Trưởng khu phố 4 "
      "(mời dự phần góp ý dự thảo báo cáo)."),
    P("Đồng chí Lâm Quang Hưng, Bí thư chi bộ, chủ trì; đồng chí Đỗ Thị Ngọc Ánh, chi ủy viên, làm thư ký."),
    H("Mục 2. Thông tin và kết quả tháng 2"),
    P("Đồng chí Bí thư phổ biến Kế hoạch của Đảng ủy phường về đại hội chi bộ trực thuộc nhiệm kỳ 2025 – 2027 và "
      "chủ trương sắp xếp, tinh gọn tổ chức bộ máy. Trong tháng 2, chi ủy đã thăm 04 đảng viên ốm đau, phối hợp "
      "khu phố tổ chức trao Huy hiệu 55 năm tuổi Đảng cho đồng chí Nguyễn Đình Khải; 100% đảng viên đóng đảng phí "
      "đúng hạn."),
    H("Mục 3. Công tác chuẩn bị đại hội"),
    P("a) Dự thảo báo cáo chính trị: đồng chí Bí thư trình bày dự thảo gồm ba phần — đánh giá kết quả nhiệm kỳ "
      "2022 – 2025; mục tiêu, phương hướng nhiệm kỳ 2025 – 2027; kiểm điểm của chi ủy."),
    P("b) Phương án nhân sự: chi ủy khóa mới gồm 03 đồng chí; chi ủy đương nhiệm giới thiệu đồng chí Lâm Quang "
      "Hưng tái cử Bí thư, đồng chí Trịnh Văn Sơn làm Phó Bí thư, đồng chí Đỗ Thị Ngọc Ánh làm chi ủy viên."),
    P("c) Thời gian, địa điểm đại hội: dự kiến ngày 19/4/2025 tại Hội trường Khu phố 4."),
    H("Mục 4. Ý kiến đóng góp"),
    P("Đồng chí Nguyễn Đình Khải (nguyên cán bộ Sở Tư pháp) đề nghị đưa vào dự thảo số liệu 06 vụ hòa giải ở cơ "
      "sở mà đảng viên hưu trí đã tham gia, vì đây là điểm sáng của chi bộ."),
    P("Đồng chí Tôn Nữ Thu Hà hỏi: đảng viên miễn sinh hoạt có được mời dự đại hội không? Đồng chí Bí thư trả "
      "lời: chi ủy sẽ gửi giấy mời đến tất cả, đồng chí nào sức khỏe cho phép thì dự."),
    P("Bà Trần Thị Mai góp ý: phần phương hướng nên có nội dung tham gia giữ gìn trật tự, mỹ quan đô thị, vì khu "
      "phố có nhiều hẻm nhỏ thường bị lấn chiếm."),
    P("Đồng chí Phạm Ngọc Hân phát biểu: đề nghị chi bộ rút gọn báo cáo, tập trung vào việc làm cụ thể và gửi dự "
      "thảo về Đảng ủy phường đúng hạn."),
    H("Mục 5. Biểu quyết"),
    P("- Thông qua dự thảo báo cáo chính trị (có tiếp thu ý kiến): 21/22 đồng chí tán thành, 01 đồng chí không "
      "biểu quyết."),
    P("- Phương án nhân sự chi ủy khóa mới (bỏ phiếu kín): phát ra 22 phiếu, thu về 22 phiếu; 22 phiếu đồng ý "
      "(100%)."),
    P("- Thời gian tổ chức đại hội vào ngày 19/4/2025: 22/22 đồng chí nhất trí."),
    H("Mục 6. Kết luận của đồng chí chủ trì"),
    P("Chi bộ thống nhất: (1) bổ sung vào dự thảo các ý kiến về hòa giải cơ sở và trật tự đô thị, rút gọn phần "
      "đánh giá; (2) giữ nguyên phương án nhân sự đã biểu quyết, báo cáo Đảng ủy phường; (3) đại hội tổ chức "
      "trong một buổi sáng, mời cả đảng viên miễn sinh hoạt."),
    H("Mục 7. Phân công"),
    P("Để kịp tiến độ, chi bộ phân công: đồng chí Đỗ Thị Ngọc Ánh tiếp thu ý kiến, hoàn chỉnh dự thảo báo cáo "
      "chính trị, gửi Đảng ủy phường trước ngày 05/4/2025; đồng chí Trịnh Văn Sơn và đồng chí Hà Thị Liên lo hội "
      "trường, trang trí, khánh tiết, hoàn thành trước ngày 18/4/2025; Chi ủy rà soát danh sách đảng viên, gửi "
      "giấy mời chậm nhất ngày 12/4/2025."),
    P("Cuộc họp kết thúc lúc 11 giờ 00. Biên bản được đọc lại, 22/22 đồng chí nhất trí thông qua."),
    S(["THƯ KÝ", "", "", "Đỗ Thị Ngọc Ánh"], ["T/M CHI ỦY", "BÍ THƯ", "", "", "Lâm Quang Hưng"]),
]
_T08_TASK2 = "lo hội trường, trang trí, khánh tiết"
T08_TRUTH = minute(
    meeting("regular", "2025-03-18", "08:30", "11:00", "Hội trường Khu phố 4, phường Võ Thị Sáu",
            "CHI BỘ CÁN BỘ HƯU TRÍ", "ĐẢNG BỘ PHƯỜNG VÕ THỊ SÁU"),
    "Lâm Quang Hưng", "Bí thư chi bộ", "Đỗ Thị Ngọc Ánh",
    attendance(35, 22, 2, 2, 0, 11,
               [("Hà Văn Bảy", "đang điều trị tại Bệnh viện Chợ Rẫy", True),
                ("Lữ Thị Cúc", "về quê Quảng Ngãi chịu tang", True)],
               [("Phạm Ngọc Hân", "Phó Bí thư Thường trực Đảng ủy phường"), ("Trần Thị Mai", "Trưởng khu phố 4")]),
    True,
    [vote("Thông qua dự thảo báo cáo chính trị", 21, None, 1),
     vote("Phương án nhân sự chi ủy khóa mới (phiếu kín)", 22, None, None, 100),
     vote("Thời gian tổ chức đại hội 19/4/2025", 22)],
    [task("Đỗ Thị Ngọc Ánh", "tiếp thu ý kiến, hoàn chỉnh dự thảo báo cáo chính trị, gửi Đảng ủy phường",
          "05/4/2025"),
     task("Trịnh Văn Sơn", _T08_TASK2, "18/4/2025"),
     task("Hà Thị Liên", _T08_TASK2, "18/4/2025"),
     task("Chi ủy", "rà soát danh sách đảng viên, gửi giấy mời", "12/4/2025")],
    [],
)

# ------------------------------------------------------------------------------------------------------------
# t09 — Đắk Lắk district military command, full-member vote and resolution vote before the conclusion
# ------------------------------------------------------------------------------------------------------------
T09_BLOCKS = [
    HD(["ĐẢNG ỦY QUÂN SỰ", "HUYỆN KRÔNG BÔNG", "CHI BỘ CƠ QUAN", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Krông Bông, ngày 20 tháng 8 năm 2024"], bold_left=(2,)),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8/2024"),
    G(6),
    P("Hôm nay, ngày hai mươi tháng Tám năm hai nghìn không trăm hai mươi bốn, Chi bộ Cơ quan Ban Chỉ huy Quân "
      "sự huyện tiến hành sinh hoạt thường kỳ."),
    L("- Bắt đầu: 13 giờ 30. Kết thúc: 15 giờ 55."),
    L("- Địa điểm: Hội trường Ban Chỉ huy Quân sự huyện."),
    L("- Quân số: 14 đảng viên (chính thức 12, dự bị 02). Có mặt: 13. Vắng 01: Trung úy Y Sanh Mlô (đi công tác "
      "tại xã Yang Mao theo mệnh lệnh)."),
    L("- Chủ trì: Thượng tá Hoàng Văn Kiên, Bí thư chi bộ, Chính trị viên Ban CHQS huyện."),
    L("- Thư ký: Đại úy H'Nguyên Byă, chi ủy viên."),
    G(4),
    H("A/ KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 7"),
    P("Cơ quan duy trì nghiêm chế độ trực sẵn sàng chiến đấu; hoàn thành huấn luyện dân quân năm thứ nhất tại 06 "
      "xã; phối hợp Công an huyện tuần tra bảo vệ an toàn mùa mưa lũ. Hạn chế: hồ sơ quản lý quân nhân dự bị ở 02 "
      "xã chưa cập nhật; một số cán bộ trẻ chưa thành thạo tiếng Ê Đê khi làm việc ở buôn."),
    H("B/ NHIỆM VỤ THÁNG 8"),
    P("Chuẩn bị diễn tập phòng thủ khu vực cấp xã ở xã Cư Kty; rà soát nguồn nhập ngũ năm 2025; tiếp tục học "
      "tiếng Ê Đê cho cán bộ; bảo đảm kho tàng an toàn mùa mưa."),
    H("C/ THẢO LUẬN"),
    P("Thiếu tá Lê Quang Định (Trợ lý tác chiến) đề nghị sớm khảo sát thực địa Cư Kty vì đường vào buôn Ea Lang "
      "thường sạt lở khi mưa lớn."),
    P("Đại úy Y Khuê Niê cho biết nguồn thanh niên trong độ tuổi ở các buôn giảm do đi làm ăn xa; đề nghị phối hợp "
      "già làng, người có uy tín vận động từ sớm."),
    P("Đại úy H'Nguyên Byă đề nghị mở lớp tiếng Ê Đê vào chiều thứ Năm, mời giáo viên Trường Dân tộc nội trú "
      "huyện dạy."),
    H("D/ XÉT CÔNG NHẬN ĐẢNG VIÊN CHÍNH THỨC"),
    P("Trung úy Nguyễn Hữu Phước, đảng viên dự bị từ ngày 15/8/2023, đọc bản tự kiểm điểm; Thiếu tá Lê Quang Định, "
      "đảng viên được phân công giúp đỡ, nhận xét đồng chí Phước hoàn thành tốt nhiệm vụ, đủ điều kiện. Chi bộ bỏ "
      "phiếu kín, số đảng viên chính thức có mặt 11 đồng chí: 11/11 phiếu tán thành công nhận (100%)."),
    H("Đ/ BIỂU QUYẾT NGHỊ QUYẾT THÁNG 8"),
    P("Chi bộ biểu quyết thông qua dự thảo nghị quyết lãnh đạo nhiệm vụ tháng 8 do chi ủy chuẩn bị: 13/13 đồng chí "
      "tán thành; không tán thành: 0; không biểu quyết: 0."),
    H("E/ KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ"),
    P("Đồng chí Hoàng Văn Kiên kết luận: chi bộ thống nhất đánh giá kết quả tháng 7 và các nhiệm vụ tháng 8 theo "
      "nghị quyết vừa thông qua. Giao Thiếu tá Lê Quang Định chủ trì khảo sát thực địa, xây dựng kế hoạch diễn tập "
      "xã Cư Kty trước ngày 31/8/2024. Giao Đại úy Y Khuê Niê phối hợp Ban CHQS các xã rà soát nguồn nhập ngũ, "
      "báo cáo hằng tuần. Ban Hậu cần - Kỹ thuật kiểm tra, gia cố kho tàng trong quý III/2024. Giao Trung úy "
      "Nguyễn Hữu Phước hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức, nộp Văn phòng Đảng ủy trước ngày "
      "25/8/2024."),
    G(2),
    H("G/ BẾ MẠC"),
    P("Hội nghị kết thúc lúc 15 giờ 55 phút cùng ngày; biên bản đã được đọc lại, 13/13 đồng chí nhất trí thông "
      "qua."),
    S(["THƯ KÝ", "", "", "Đại úy H'Nguyên Byă"], ["BÍ THƯ", "", "", "Thượng tá Hoàng Văn Kiên"]),
]
T09_TRUTH = minute(
    meeting("regular", "2024-08-20", "13:30", "15:55", "Hội trường Ban Chỉ huy Quân sự huyện",
            "CHI BỘ CƠ QUAN", "ĐẢNG ỦY QUÂN SỰ HUYỆN KRÔNG BÔNG"),
    "Hoàng Văn Kiên", "Bí thư chi bộ", "H'Nguyên Byă",
    attendance(14, 13, 1, 1, 0, 0, [("Y Sanh Mlô", "đi công tác tại xã Yang Mao theo mệnh lệnh", True)]),
    True,
    [vote("Công nhận đảng viên chính thức Nguyễn Hữu Phước (phiếu kín, đảng viên chính thức)", 11, None, None, 100),
     vote("Nghị quyết lãnh đạo nhiệm vụ tháng 8", 13, 0, 0)],
    [task("Lê Quang Định", "chủ trì khảo sát thực địa, xây dựng kế hoạch diễn tập xã Cư Kty", "31/8/2024"),
     task("Y Khuê Niê", "phối hợp Ban CHQS các xã rà soát nguồn nhập ngũ, báo cáo", "hằng tuần"),
     task("Ban Hậu cần - Kỹ thuật", "kiểm tra, gia cố kho tàng", "quý III/2024"),
     task("Nguyễn Hữu Phước", "hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức, nộp Văn phòng Đảng ủy",
          "25/8/2024")],
    [],
)

# ------------------------------------------------------------------------------------------------------------
# t10 — Lâm Đồng tea farm, minute book Oct 2024 – Feb 2025 (5 minutes, typed on continuously)
# ------------------------------------------------------------------------------------------------------------
_CELL10 = "CHI BỘ NÔNG TRƯỜNG LỘC THÀNH"
_COMM10 = "ĐẢNG BỘ CÔNG TY TNHH MTV CHÈ BẢO LÂM"

T10_M1 = [
    HD(["ĐẢNG BỘ CÔNG TY TNHH MTV", "CHÈ BẢO LÂM", "CHI BỘ NÔNG TRƯỜNG LỘC THÀNH", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lộc Thành, ngày 08 tháng 10 năm 2024"], bold_left=(2,)),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10 NĂM 2024"),
    G(4),
    P("Thời gian: 13 giờ 30 phút ngày 08/10/2024. Địa điểm: hội trường Đội sản xuất 2, Nông trường Lộc Thành."),
    P("Thành phần: tổng số đảng viên 15 đồng chí; miễn sinh hoạt 01 đồng chí (Phạm Văn Nghĩa); có mặt 13/14 đồng "
      "chí. Vắng: đồng chí Đặng Văn Lợi – không lý do."),
    P("Chủ trì: đồng chí Vũ Đức Thịnh – Bí thư chi bộ, Giám đốc nông trường. Thư ký: đồng chí Ka Hương."),
    H("1. Kết quả tháng 9"),
    P("Sản lượng chè búp tươi đạt 312 tấn, bằng 104% kế hoạch tháng; bón xong phân hữu cơ đợt 3 cho 45 ha; 02 hộ "
      "nhận khoán ở Đội 3 chậm nộp sản phẩm. Đảng phí thu được của 14/15 đồng chí."),
    H("2. Nhiệm vụ tháng 10"),
    P("Thu hái chè cuối mùa mưa, chuẩn bị đốn chè; phòng trừ bọ xít muỗi bằng chế phẩm sinh học; làm việc với 02 "
      "hộ chậm nộp sản phẩm."),
    H("3. Ý kiến"),
    P("Đồng chí K'Brơi đề nghị nông trường tạm ứng phân bón cho các hộ đồng bào ở Đội 3. Đồng chí Liêng Hót Ha "
      "Sen cho biết bọ xít muỗi đã xuất hiện ở lô 7, cần phun ngay."),
    H("4. Kết luận"),
    P("Đồng chí Bí thư kết luận: thống nhất đánh giá tháng 9; tháng 10 ưu tiên phòng trừ bọ xít muỗi ở lô 7 và "
      "thu hồi sản phẩm khoán. Giao đồng chí Liêng Hót Ha Sen chỉ đạo phun chế phẩm ở lô 7, xong trong tuần này; "
      "giao đồng chí K'Brơi cùng Đội trưởng Đội 3 làm việc với 02 hộ chậm nộp, báo cáo tại kỳ họp tháng 11."),
    P("Biểu quyết: 13/13 đồng chí tán thành."),
    P("Kết thúc lúc 15 giờ 35 phút. Biên bản đọc lại, chi bộ nhất trí thông qua."),
    S(["THƯ KÝ", "", "Ka Hương"], ["BÍ THƯ", "", "Vũ Đức Thịnh"]),
]
T10_T1 = minute(
    meeting("regular", "2024-10-08", "13:30", "15:35", "hội trường Đội sản xuất 2, Nông trường Lộc Thành",
            _CELL10, _COMM10),
    "Vũ Đức Thịnh", "Bí thư chi bộ", "Ka Hương",
    attendance(15, 13, 1, 0, 1, 1, [("Đặng Văn Lợi", "không lý do", False)]),
    True,
    [vote("Thông qua kết luận tháng 10/2024", 13)],
    [task("Liêng Hót Ha Sen", "chỉ đạo phun chế phẩm ở lô 7", "tuần này"),
     task("K'Brơi", "cùng Đội trưởng Đội 3 làm việc với 02 hộ chậm nộp", "kỳ họp tháng 11")],
    ["unexcused_absence"],
)

T10_M2 = [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11 NĂM 2024"),
    G(4),
    P("Vào lúc 13 giờ 30 phút ngày 07/11/2024, tại văn phòng Nông trường Lộc Thành, chi bộ họp thường kỳ tháng 11."),
    P("Đảng viên dự họp: 14/14 đồng chí phải dự; đồng chí Phạm Văn Nghĩa miễn sinh hoạt. Dự có đồng chí Trịnh "
      "Minh Quân, Phó Bí thư Đảng ủy Công ty. Đồng chí Vũ Đức Thịnh, Bí thư chi bộ, chủ trì; đồng chí Ka Hương ghi "
      "biên bản."),
    H("1. Kết quả tháng 10"),
    P("Đã phun chế phẩm sinh học xong ở lô 7, bọ xít muỗi giảm rõ; 01 trong 02 hộ chậm nộp đã nộp đủ sản phẩm, hộ "
      "còn lại xin khất đến cuối năm; sản lượng tháng 10 đạt 286 tấn. Đồng chí Đặng Văn Lợi đã gặp chi ủy, trình "
      "bày hoàn cảnh gia đình."),
    H("2. Nhiệm vụ tháng 11"),
    P("Đốn chè 30 ha lô 2 và lô 5; trồng dặm 4.000 bầu chè giống TB14; hoàn thành quyết toán khoán năm 2024 với "
      "các hộ."),
    H("3. Ý kiến"),
    P("Đồng chí Cil Múp đề nghị đốn lô 5 trước vì cây đã già, năng suất thấp. Đồng chí Trần Thị Nga hỏi về giá "
      "khoán năm 2025; đồng chí Bí thư trả lời Công ty sẽ công bố trong tháng 12. Đồng chí Trịnh Minh Quân phát biểu "
      "ghi nhận chi bộ đã xử lý kịp dịch bọ xít muỗi."),
    H("4. Kết luận"),
    P("Đồng chí chủ trì kết luận: chi bộ thống nhất các nhiệm vụ tháng 11, đốn lô 5 trước lô 2. Giao đồng chí Cil "
      "Múp phụ trách tổ đốn chè, xong trước ngày 30/11/2024; giao đồng chí Hoàng Văn Chiến nhận bầu giống và tổ "
      "chức trồng dặm trong tháng 11; giao đồng chí Trần Thị Nga cùng kế toán nông trường đối chiếu số liệu khoán, "
      "hoàn thành trước ngày 15/12/2024."),
    P("Biểu quyết: 14/14 đồng chí tán thành (100%)."),
    P("Kết thúc lúc 15 giờ 20 phút. Biên bản đã được đọc lại và thông qua."),
    S(["THƯ KÝ", "", "Ka Hương"], ["BÍ THƯ", "", "Vũ Đức Thịnh"]),
]
T10_T2 = minute(
    meeting("regular", "2024-11-07", "13:30", "15:20", "văn phòng Nông trường Lộc Thành", _CELL10, _COMM10),
    "Vũ Đức Thịnh", "Bí thư chi bộ", "Ka Hương",
    attendance(15, 14, 0, 0, 0, 1, [], [("Trịnh Minh Quân", "Phó Bí thư Đảng ủy Công ty")]),
    True,
    [vote("Thông qua kết luận tháng 11/2024", 14, None, None, 100)],
    [task("Cil Múp", "phụ trách tổ đốn chè", "30/11/2024"),
     task("Hoàng Văn Chiến", "nhận bầu giống và tổ chức trồng dặm", "tháng 11"),
     task("Trần Thị Nga", "cùng kế toán nông trường đối chiếu số liệu khoán", "15/12/2024")],
    [],
)

T10_M3 = [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024"),
    G(4),
    P("Thời gian: từ 14 giờ 00 đến 15 giờ 45 phút ngày 06/12/2024. Địa điểm: văn phòng Nông trường Lộc Thành."),
    P("Có mặt 13/14 đồng chí phải dự (01 đồng chí miễn sinh hoạt). Vắng: đồng chí Đặng Văn Lợi (không báo cáo)."),
    P("Chủ trì: đồng chí Vũ Đức Thịnh, Bí thư chi bộ. Thư ký: đồng chí Ka Hương."),
    H("1. Kết quả tháng 11"),
    P("Đốn xong 30 ha; trồng dặm được 3.600/4.000 bầu, số còn lại chờ mưa; quyết toán khoán xong với 41/46 hộ. "
      "Sản lượng cả năm ước đạt 3.150 tấn, vượt kế hoạch 5%. Hạn chế: 05 hộ chưa quyết toán vì còn nợ phân bón "
      "của vụ trước; việc ghi sổ nhật ký đồng ruộng ở Đội 3 chưa đều; đồng chí Đặng Văn Lợi tiếp tục không tham "
      "gia sinh hoạt, không báo cáo chi ủy."),
    H("2. Nhiệm vụ tháng 12"),
    P("Chuẩn bị kiểm điểm, đánh giá, xếp loại đảng viên cuối năm; hoàn tất quyết toán khoán; chăm sóc chè sau "
      "đốn; phòng chống cháy đồi chè mùa khô."),
    H("3. Ý kiến"),
    P("Đồng chí Ka Ngọc đề nghị làm đường băng cản lửa ở lô 9 giáp rừng thông. Đồng chí Nguyễn Văn Đạt nêu việc "
      "đồng chí Lợi hai tháng liền vắng họp, đề nghị chi ủy gặp gỡ, nhắc nhở. Đồng chí Phạm Thị Loan hỏi thời "
      "điểm nộp bản kiểm điểm cá nhân; đồng chí Bí thư trả lời theo hướng dẫn của Đảng ủy Công ty."),
    H("4. Kết luận"),
    P("Đồng chí Bí thư kết luận: chi bộ thống nhất các nhiệm vụ tháng 12. Giao đồng chí Ka Ngọc cùng tổ bảo vệ làm "
      "đường băng cản lửa lô 9 trước ngày 20/12/2024. Giao đồng chí K'Brơi gặp đồng chí Đặng Văn Lợi, báo cáo chi "
      "ủy trong tháng 12. Chi ủy chuẩn bị báo cáo kiểm điểm cuối năm."),
    P("Kết thúc lúc 15 giờ 45 phút. Biên bản đã được thông qua trước chi bộ, 13/13 đồng chí nhất trí."),
    S(["THƯ KÝ", "", "Ka Hương"], ["BÍ THƯ", "", "Vũ Đức Thịnh"]),
]
T10_T3 = minute(
    meeting("regular", "2024-12-06", "14:00", "15:45", "văn phòng Nông trường Lộc Thành", _CELL10, _COMM10),
    "Vũ Đức Thịnh", "Bí thư chi bộ", "Ka Hương",
    attendance(15, 13, 1, 0, 1, 1, [("Đặng Văn Lợi", "không báo cáo", False)]),
    True,
    [],
    [task("Ka Ngọc", "cùng tổ bảo vệ làm đường băng cản lửa lô 9", "20/12/2024"),
     task("K'Brơi", "gặp đồng chí Đặng Văn Lợi, báo cáo chi ủy", "tháng 12"),
     task("Chi ủy", "chuẩn bị báo cáo kiểm điểm cuối năm", None)],
    ["unexcused_absence", "missing_vote"],
)

_TOPIC10 = "Thực hành tiết kiệm, chống lãng phí trong sản xuất và chế biến chè"
T10_M4 = [
    C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2025"),
    C("Chuyên đề: " + _TOPIC10, bold=False, italic=True),
    G(4),
    P("Thời gian: 08 giờ 00 ngày 10/01/2025. Địa điểm: hội trường Đội sản xuất 2. Đảng viên có mặt 14/14 đồng chí "
      "(miễn sinh hoạt 01). Chủ trì: đồng chí Vũ Đức Thịnh, Bí thư chi bộ. Thư ký: đồng chí Ka Hương."),
    P("Đồng chí K'Brơi, Phó Bí thư chi bộ, trình bày chuyên đề: năm 2024 nông trường hao hụt khoảng 2,1% chè búp "
      "tươi do vận chuyển chậm về xưởng; điện năng của dây chuyền sấy tăng 8% do chạy non tải vào buổi trưa; vật "
      "tư bao bì tồn kho lâu ngày bị ẩm mốc."),
    P("Ý kiến: đồng chí Lê Thị Hồng Vân đề nghị gom chè theo ca, xe chạy hai chuyến cố định sáng và chiều. Đồng chí "
      "Bùi Quang Huy đề nghị dồn mẻ sấy, chỉ chạy dây chuyền khi đủ tải. Đồng chí Phạm Thị Loan đề nghị kiểm kê kho "
      "bao bì mỗi quý."),
    P("Kết luận: đồng chí chủ trì kết luận, mỗi đội sản xuất xây dựng chỉ tiêu giảm hao hụt dưới 1,5%; giao đồng chí "
      "Bùi Quang Huy lập lịch sấy theo tải, hoàn thành trước ngày 25/01/2025; giao đồng chí Phạm Thị Loan "
      "kiểm kê kho bao bì, báo cáo trước Tết Nguyên đán."),
    P("Biểu quyết: tán thành 14, không tán thành 0."),
    P("Buổi sinh hoạt chuyên đề kết thúc lúc 09 giờ 50 phút. Biên bản được đọc lại và thông qua."),
    S(["THƯ KÝ", "", "Ka Hương"], ["BÍ THƯ", "", "Vũ Đức Thịnh"]),
]
T10_T4 = minute(
    meeting("thematic", "2025-01-10", "08:00", "09:50", "hội trường Đội sản xuất 2", _CELL10, _COMM10,
            topic=_TOPIC10),
    "Vũ Đức Thịnh", "Bí thư chi bộ", "Ka Hương",
    attendance(15, 14, 0, 0, 0, 1),
    True,
    [vote("Thông qua kết luận chuyên đề", 14, 0)],
    [task("Bùi Quang Huy", "lập lịch sấy theo tải", "25/01/2025"),
     task("Phạm Thị Loan", "kiểm kê kho bao bì, báo cáo", "Tết Nguyên đán")],
    [],
)

T10_M5 = [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02 NĂM 2025"),
    G(4),
    P("Hôm nay, lúc 13 giờ 30 phút ngày 12/02/2025, tại văn phòng Nông trường Lộc Thành, chi bộ sinh hoạt thường "
      "kỳ. Đồng chí Vũ Đức Thịnh, Bí thư chi bộ, chủ trì; đồng chí Ka Hương làm thư ký."),
    P("Tổng số đảng viên 15, miễn sinh hoạt 01, phải dự 14, có mặt 13. Đồng chí Đặng Văn Lợi vắng mặt, không có lý "
      "do."),
    H("1. Kết quả tháng 01 và dịp Tết"),
    P("Nông trường tổ chức Tết an toàn, tặng 46 suất quà cho hộ nhận khoán khó khăn; hao hụt chè búp tươi tháng 01 "
      "giảm còn 1,6%; lịch sấy theo tải đã áp dụng từ 01/02. Đảng phí tháng 01 thu đủ của 15/15 đồng chí, kể cả "
      "đồng chí miễn sinh hoạt."),
    H("2. Nhiệm vụ tháng 02"),
    P("Tưới chè mùa khô theo lịch luân phiên; phòng chống cháy; xét đề nghị khen thưởng năm 2024; xem xét tư cách "
      "đảng viên của đồng chí Đặng Văn Lợi."),
    H("3. Ý kiến"),
    P("Đồng chí K'Brơi báo cáo đã gặp đồng chí Lợi hai lần, đồng chí hứa đi họp nhưng vẫn vắng. Đồng chí K'Tiếp đề "
      "nghị ưu tiên nước tưới cho lô chè mới trồng dặm, vì đầu tháng 02 đã có 03 lô khô hạn. Đồng chí Ka "
      "Ngọc cho biết đường băng cản lửa lô 9 đã làm xong."),
    H("4. Kết luận"),
    P("Đồng chí Bí thư kết luận: chi bộ thống nhất các nhiệm vụ tháng 02; về đồng chí Đặng Văn Lợi, chi ủy lập hồ "
      "sơ báo cáo Đảng ủy Công ty theo quy định. Giao đồng chí K'Tiếp lập lịch tưới luân phiên, niêm yết trước ngày "
      "15/02/2025; giao đồng chí Nguyễn Văn Đạt tổng hợp danh sách đề nghị khen thưởng, gửi chi ủy trong tháng 02."),
    P("Biểu quyết: 13/13 đồng chí tán thành, đạt 100%."),
    P("Buổi sinh hoạt kết thúc lúc 15 giờ 40 phút."),
    S(["THƯ KÝ", "", "Ka Hương"], ["BÍ THƯ", "", "Vũ Đức Thịnh"]),
]
T10_T5 = minute(
    meeting("regular", "2025-02-12", "13:30", "15:40", "văn phòng Nông trường Lộc Thành", _CELL10, _COMM10),
    "Vũ Đức Thịnh", "Bí thư chi bộ", "Ka Hương",
    attendance(15, 13, 1, 0, 1, 1, [("Đặng Văn Lợi", "không có lý do", False)]),
    True,
    [vote("Thông qua kết luận tháng 02/2025", 13, None, None, 100)],
    [task("chi ủy", "lập hồ sơ báo cáo Đảng ủy Công ty theo quy định", None),
     task("K'Tiếp", "lập lịch tưới luân phiên, niêm yết", "15/02/2025"),
     task("Nguyễn Văn Đạt", "tổng hợp danh sách đề nghị khen thưởng, gửi chi ủy", "tháng 02")],
    ["unexcused_absence", "not_approved"],
)

# ------------------------------------------------------------------------------------------------------------
DOCS = [
    {"name": "t01-khanhhoa-hospital-yearend-grading-clean", "folder": "dev",
     "style": {"family": "serif", "size": 13, "spacing": 1.3, "justify": True, "indent": 28,
               "foot": "Trang {n}/{N}"},
     "minutes": [{"blocks": T01_BLOCKS, "truth": T01_TRUTH}]},
    {"name": "t02-quangnam-ward-telegraphic-short-noassign", "folder": "dev",
     "style": {"family": "sans", "size": 11, "spacing": 1.25, "justify": False, "indent": 0, "left": 70,
               "right": 50, "top": 50},
     "minutes": [{"blocks": T02_BLOCKS, "truth": T02_TRUTH}],
     "scans": [{"name": "t12-quangnam-ward-scan-photocopy", "folder": "dev", "damage": "photocopy",
                "seed": 7212, "dpi": 200}]},
    {"name": "t03-kontum-village-admission-unexcused-notapproved", "folder": "dev",
     "style": {"family": "dejavu", "size": 12, "spacing": 1.3, "justify": True, "indent": 20},
     "minutes": [{"blocks": T03_BLOCKS, "truth": T03_TRUTH}]},
    {"name": "t04-danang-police-extraordinary-noconclusion", "folder": "dev",
     "style": {"family": "dvsans", "size": 11, "spacing": 1.35, "justify": True, "indent": 22, "left": 72,
               "right": 52},
     "minutes": [{"blocks": T04_BLOCKS, "truth": T04_TRUTH}]},
    {"name": "t05-vungtau-offshore-online-nodiscussion-noassign", "folder": "dev",
     "style": {"family": "serif", "size": 12, "spacing": 1.3, "justify": True, "indent": 24, "left": 70,
               "right": 50},
     "minutes": [{"blocks": T05_BLOCKS, "truth": T05_TRUTH}]},
    {"name": "t06-ninhthuan-school-form-unfilled-noconclusion", "folder": "dev",
     "style": {"family": "dejavu", "size": 11, "spacing": 1.3, "justify": False, "indent": 16, "left": 68,
               "right": 48},
     "minutes": [{"blocks": T06_BLOCKS, "truth": T06_TRUTH}],
     "scans": [{"name": "t11-ninhthuan-school-form-scan-moderate", "folder": "dev", "damage": "moderate",
                "seed": 7111, "dpi": 250}]},
    {"name": "t07-bentre-hamlet-postponed-low-unexcused", "folder": "dev",
     "style": {"family": "serif", "size": 13, "spacing": 1.35, "justify": False, "indent": 30},
     "minutes": [{"blocks": T07_BLOCKS, "truth": T07_TRUTH}]},
    {"name": "t08-hcm-retirees-congress-prep-clean", "folder": "dev",
     "style": {"family": "dejavu", "size": 12, "spacing": 1.3, "justify": True, "indent": 24,
               "head": "Chi bộ Cán bộ hưu trí – Biên bản họp tháng 3/2025", "head_align": "right",
               "foot": "- {n} -"},
     "minutes": [{"blocks": T08_BLOCKS, "truth": T08_TRUTH}]},
    {"name": "t09-daklak-military-official-member-clean", "folder": "dev",
     "style": {"family": "sans", "size": 11.5, "spacing": 1.3, "justify": True, "indent": 22},
     "minutes": [{"blocks": T09_BLOCKS, "truth": T09_TRUTH}]},
    {"name": "t10-lamdong-tea-farm-book-oct2024-feb2025", "folder": "dev",
     "style": {"family": "serif", "size": 12, "spacing": 1.25, "justify": True, "indent": 24,
               "head": "Sổ biên bản sinh hoạt Chi bộ Nông trường Lộc Thành (2024 – 2025)", "foot": "Trang {n}"},
     "between": 22,
     "minutes": [{"blocks": T10_M1, "truth": T10_T1}, {"blocks": T10_M2, "truth": T10_T2},
                 {"blocks": T10_M3, "truth": T10_T3}, {"blocks": T10_M4, "truth": T10_T4},
                 {"blocks": T10_M5, "truth": T10_T5}],
     "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"]},
]
