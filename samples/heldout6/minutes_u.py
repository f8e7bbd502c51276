"""Held-out set 6, writer u (test/, `u…`): the whole country, every kind of cell. This writer wrote no dev files.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), the bench, the
tests or the other writers' minutes, and without running the extractor. Rendered with `samples/heldout2/make.py`
(`build`). Names, places and figures are invented or used loosely; the paperwork follows /work/shared/DOMAIN.md.
DejaVu Serif is the renderer's family key "dejavu" (samples/heldout/make.py; there is no "dvserif" key).
Sixteen minutes in twelve documents (eleven single minutes and one five-minute book), plus two scans.

Files (name -> what varies -> minute flags / book flags):

- u01-langson-nung-border-village-clean -> Lạng Sơn border village (Nùng, Tày names), DejaVu Serif 12.5 justified,
  "- n -" at the foot, 3 pages (the closing and signatures on page 3); "Vào hồi 19 giờ 00 phút"; "1. … 8." sentence-case headings; total with chính
  thức / dự bị, 2 exempt named, "phải dự: 21; có mặt: 20", one absentee "có đơn xin phép"; two guests (commune
  vice-chair, border-post officer); opinions as a direct quote, indirect speech and guests; "Kết luận của đồng
  chí chủ trì"; "20/20 … đạt 100%" by raised hands; per-person task list "- Đ/c X: …" with "trước ngày
  20/01/2024", "hằng tuần", "những ngày rét đậm, rét hại", lunar "trước ngày 23 tháng Chạp", two people, "sau Tết
  Nguyên đán", a partner after "cùng" -> —
- u02-hanoi-retirees-late-arrival-low-unexcused -> Hà Nội ward retirees' cell; Liberation Sans 12 ragged, "Trang n/N"; title
  "BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ" + "(Tháng Tư năm 2024)"; 41 members, 11 exempt counted only, "Có mặt:
  26/30" (86.7 %), a member arriving late (counted present), four absentees on "+" lines, one "chưa có lý do";
  chair and secretary in one prose sentence; Q&A and a quote; conclusion "(1) (2) (3)"; "26/26 … (100%)";
  "Giao nhiệm vụ": passive "được giao", "Hai đồng chí A và B … trong tuần này", a task over two sentences ("Kết
  quả báo cáo chi bộ tại kỳ sinh hoạt tháng 5"), a partner after "cùng"; signatures "NGƯỜI GHI BIÊN BẢN" /
  "BÍ THƯ" -> low_attendance, unexcused_absence
- u03-hanam-military-vote-never-taken -> Hà Nam provincial military command, logistics department ("ĐẢNG ỦY QUÂN
  SỰ TỈNH HÀ NAM"); Serif 13 justified; "BIÊN BẢN HỘI NGHỊ CHI BỘ"; numbered fields "1. … 6.", "Quân số đảng
  viên"; ranks (and "QNCN") before every name, also in the signatures; the agenda promises "(4) kết luận và biểu
  quyết", the conclusion is a numbered list with tasks folded in (an officer, "Tổ xe - máy", "trước mùa mưa
  bão"), then "Đồng chí chủ trì đề nghị chi bộ biểu quyết thông qua nghị quyết …" but no result is ever written;
  only the minutes are approved "14/14" -> missing_vote
- u04-backan-forest-ranger-combined-120min-clean -> Bắc Kạn forest-ranger office under "ĐẢNG BỘ KHỐI CÁC CƠ QUAN
  TỈNH" and "ĐẢNG BỘ SỞ NÔNG NGHIỆP VÀ PTNT" (three-level header); DejaVu Sans 10.5, "Trang n/N"; regular combined
  with a thematic meeting after storm Yagi, "từ 14h00 đến 16h00" (exactly 120 min: not short); "Có mặt: 17/18
  đ/c"; "A.–E." capital parts; Q&A; ruled task table "STT | Nội dung | Chủ trì thực hiện | Phối hợp | Thời hạn"
  (a "Phối hợp" column of partners, two people in one cell, a unit, "Kỳ sinh hoạt tháng 10"); end time also in the
  approval sentence -> —
- u05-ninhbinh-cement-kiln-template-left-no-tasks -> Ninh Bình cement plant, kiln workshop; Serif 12 ragged, no
  indent, a bare page number at the foot; "Số: 10-BB/CB"; form fields "1. … 5." with "4.1 … 4.6"; the clerk filled in the absentee but left the form's
  "(ghi rõ họ tên, lý do vắng)" in the line; a member volunteering; the "Phân công nhiệm vụ" heading holds only
  "tiếp tục thực hiện nhiệm vụ theo phân công tại kỳ sinh hoạt tháng 9/2024", "mỗi đảng viên …" and the cell's
  petition to the Board -> missing_assignments, unfilled_template
- u06-hcm-student-cell-secret-ballot-clean -> Hồ Chí Minh City university student cell (7 official, 9
  probationary); Liberation Sans 11.5 justified, right-aligned running head on page 2; three resolutions: admission
  by secret ballot of the official members ("phiếu phát ra 07 … đồng ý kết nạp 06 phiếu (85,71%), không đồng ý 01
  phiếu"), recognition of two full members "07/07 đảng viên chính thức … (100%)", the conclusion "07/07 đảng viên
  chính thức tán thành (100%); các đảng viên dự bị nhất trí"; "+ Đ/c X:" task lines with "tối thứ Tư hằng tuần",
  "trước 15/12/2024", "đến khi có quyết định kết nạp", "Chi ủy" -> —
- u07-quangnam-cotu-village-petitions-only -> Quảng Nam Cơ Tu village (nhà Gươl); Serif 13.5 justified; no headings
  at all, everything in prose; "ĐẢNG ỦY XÃ LĂNG"; 13/14 present; two guests (one from the Youth Union); "Trong phần
  thảo luận có 04 ý kiến"; inline "Đồng chí Bí thư chi bộ kết luận"; "13/13 đồng chí tán thành"; no task to anyone:
  a member volunteering ("xin nhận cùng già làng …"), the cell's petition to the commune, "Đề nghị các đoàn thể …",
  "đề nghị các đồng chí đảng viên …"; ends with the closing time, never read back -> missing_assignments,
  not_approved
- u08-baclieu-salt-coop-conclusion-deferred-85min -> Bạc Liêu salt cooperative (Khmer and Kinh names); DejaVu Serif
  12, no page numbers; "Vào lúc 7h30'", end time only in the closing sentence (8 giờ 55 phút = 85 min); "Đảng viên dự họp: 12/12";
  "Điều hành:" / "Ghi biên bản:"; "a) … đ)" parts; a real disagreement in the opinions; the direction is voted 12/12
  but the conclusion is put off ("nội dung này sẽ đưa ra kết luận tại kỳ họp tháng 01/2025"); "- Đ/c X …" tasks
  -> missing_conclusion, short_meeting
- u09-vungtau-seafood-company-unnamed-opinions -> Bà Rịa - Vũng Tàu private seafood company under "ĐẢNG BỘ KHỐI
  DOANH NGHIỆP" (committee and cell each over two header lines); Serif 12.5 justified, "Trang n"; "13h30 – 15h30"; 9/10
  present (exactly 90 %: not low); absentee table "TT | Họ và tên | Bộ phận | Nguyên nhân" with an empty reason
  cell; opinions only "Có ý kiến …", "Một số ý kiến …", "Ý kiến khác …"; "Chi bộ nhất trí 100% với kết luận";
  tasks in prose ("Giao đồng chí X, Trưởng phòng KCS, …", "chịu trách nhiệm … hằng ngày", two people "trong quý
  II/2024") -> no_discussion, unexcused_absence
- u10-nghean-neonatal-ward-clean -> Nghệ An children's hospital, neonatal ward; Serif 13, "- n -" at the foot;
  "BIÊN BẢN HỘI NGHỊ CHI BỘ" + "KỲ HỌP THÁNG 5 NĂM 2024"; "Hồi 16 giờ 00"; degrees before names (BSCKII., ThS.BS.,
  BS., ĐD.); 1 exempt named; "Chủ tọa" in the opening and the signature; Q&A; conclusion "1) 2) 3)"; "Tán thành:
  17; Không tán thành: 0; Ý kiến khác: 0"; tasks: "hạn chót ngày 25/5/2024", a role only ("giao cho đồng chí Điều
  dưỡng trưởng khoa, xong trong tuần này", the holder is named nowhere), two people over two sentences ("Bản dự thảo
  trình chi bộ tại kỳ họp tháng 6") -> —
- u11-tayninh-court-answers-no-conclusion -> Tây Ninh district people's court; Liberation Sans 12 justified;
  "KỲ HỌP CHI BỘ THÁNG 11/2024"; "hiện diện 12"; "Chủ tọa" / "Thư ký"; look-alikes of a conclusion only: the
  "Thông báo kết luận của Ban Thường vụ Huyện ủy" read out, a question answered by the secretary ("giải trình"),
  "Đồng chí chủ tọa tiếp thu các ý kiến đóng góp để chi ủy hoàn chỉnh báo cáo"; the month's plan is voted
  "12/12 … đạt 100%"; "- Giao đồng chí …" tasks -> missing_conclusion
- u12-bacgiang-lychee-village-book-feb-jun-2024 -> minute BOOK of a Lục Ngạn (Bắc Giang) lychee village cell,
  Feb–Jun 2024, five minutes typed on continuously (every minute after the first starts mid-page under the previous
  signatures); Serif 12.5, right-aligned running head from page 2, "- n -" at the foot, pages 1-2, 2-3, 3-4,
  4-5, 5; 26 members, 3 exempt:
    1. 27/02/2024 thematic "QUÝ I/2024" + "Chuyên đề: …" (the February regular meeting was not held because of
       Tết, as the March minute says), lunar date in brackets, a guest presents the topic, "trước khi vải ra hoa";
       its signature block is carried over to the top of page 2 -> —
    2. 12/3/2024 regular, "Hoàng Văn Tỉnh (không lý do)", "Chủ nhật cuối mỗi tháng", "Chi ủy" as assignee -> 
       unexcused_absence
    3. 10/4/2024 regular, all in prose, "vắng, không báo cáo", 19:30–20:50 (80 min), "nhất trí 100%" ->
       short_meeting, unexcused_absence
    4. 10/5/2024 regular, the absentee of March and April attends and speaks, run-in "Phân công: Đồng chí X – …"
       -> —
    5. 14/6/2024 regular, lychee harvest: 19/23 present, four absentees in one sentence, "(không xin phép)"; end
       time only in the approval sentence; "đến hết vụ vải", "trước kỳ họp tháng 7" -> low_attendance,
       unexcused_absence
  book -> missing_month (February has only the thematic meeting, no regular one), no_thematic_in_quarter (Q2 lies
  wholly inside Feb–Jun and has neither a thematic nor a combined meeting), repeated_absence (Hoàng Văn Tỉnh:
  March, April, June)
- u13-quangnam-cotu-scan-photocopy -> photocopy scan of u07, 250 dpi -> as u07
- u14-nghean-neonatal-scan-moderate -> moderate scan of u10, 200 dpi -> as u10

Labelling decisions where the READMEs are silent:
- "chưa có lý do" ("no reason yet") is a reason not given: `excused` false, `reason` "chưa có lý do" (u02);
  "không xin phép" in prose likewise (u12-5); "vắng, không báo cáo" gives `reason` "không báo cáo" (u12-3).
- A member who arrives late ("đến muộn (8 giờ 20 phút) … có báo trước") is present and no absentee (u02).
- A vote asked for but never recorded ("Đồng chí chủ trì đề nghị chi bộ biểu quyết thông qua nghị quyết …" and
  nothing after it, u03) is no vote: `resolutions` empty, missing_vote. Approving the minutes "14/14" stays no vote.
- A conclusion put off to a later meeting ("nội dung này sẽ đưa ra kết luận tại kỳ họp tháng 01/2025", u08) is
  no conclusion; the direction voted 12/12 just before it is a resolution (heldout2 t03 rule), so no missing_vote.
- The chair "tiếp thu các ý kiến đóng góp để chi ủy hoàn chỉnh báo cáo", an answer "giải trình" to a question and
  a higher committee's "Thông báo kết luận" read out as information are no conclusion (u11).
- "Phân công nhiệm vụ: Các đồng chí đảng viên tiếp tục thực hiện nhiệm vụ theo phân công tại kỳ sinh hoạt tháng
  9/2024" gives no new task to anyone: no assignment (u05).
- In a task table with a "Phối hợp" column (u04) the assignee is the "Chủ trì thực hiện" cell; the bodies in
  "Phối hợp" (also "Chi ủy" there) are partners, not assignees. "Đ/c A, đ/c B" in one cell gives two assignments.
- With a three-level header (u04: Khối → Đảng bộ Sở → chi bộ) `party_committee` is the line right above the cell
  ("ĐẢNG BỘ SỞ NÔNG NGHIỆP VÀ PTNT"). A committee or a cell name typed over two header lines (u06, u09) is one
  value, its lines joined by a space ("ĐẢNG BỘ TRƯỜNG ĐẠI HỌC CÔNG NGHỆ SÀI GÒN").
- Secret ballot (u06): "đồng ý" phiếu = `for`, "không đồng ý" = `against`, `percent_for` as written (85.71).
  Where only official members vote and "các đảng viên dự bị nhất trí" follows, the counts are those written
  (07/07 → for 7). Three resolutions there: admission, recognition of two full members (one vote for both), and
  the conclusion.
- Deadlines drop the words in front, as before: "trong những ngày rét đậm, rét hại" -> "những ngày rét đậm, rét
  hại", "trước ngày 23 tháng Chạp" -> "ngày 23 tháng Chạp", "vào tối thứ Tư hằng tuần" -> "tối thứ Tư hằng
  tuần", "đến khi có quyết định kết nạp" -> "khi có quyết định kết nạp", "hoàn thành trước khi vải ra hoa" ->
  "khi vải ra hoa", "vào Chủ nhật cuối mỗi tháng" -> "Chủ nhật cuối mỗi tháng", "hạn chót ngày 25/5/2024" ->
  "25/5/2024", "xong trong tuần này" -> "tuần này", "thực hiện đến hết vụ vải" -> "hết vụ vải", "trình chi ủy
  trước kỳ họp tháng 7" -> "kỳ họp tháng 7", "trong ngày 28/6/2024" -> "ngày 28/6/2024"; "sau Tết Nguyên đán"
  is kept whole.
- A thematic topic presented by a guest (u12-1, the extension officer) is no discussion opinion; the minute has
  named members' opinions besides.
- The book's minute 1 is a separate thematic meeting in February; no regular meeting is written for February, so
  February is a missing month although the book has a minute in every month from February to June.
- A unit as assignee is kept as written, also with a hyphen ("Tổ xe - máy") or an abbreviation ("Đội Kiểm lâm
  cơ động và PCCCR"). "QNCN" after a rank is part of the rank and dropped with it.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DCP = "ĐẢNG CỘNG SẢN VIỆT NAM"


# --------------------------------------------------------------------------------------------------
# u01 — Lạng Sơn border village, clean
# --------------------------------------------------------------------------------------------------

U01 = [
    HD(["ĐẢNG BỘ XÃ TÂN THANH", "CHI BỘ THÔN NÀ LẸNG", "*"], [DCP, "Tân Thanh, ngày 12 tháng 01 năm 2024"]),
    G(8),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01 NĂM 2024"),
    G(8),
    P("Vào hồi 19 giờ 00 phút ngày 12/01/2024, tại Nhà văn hóa thôn Nà Lẹng, Chi bộ thôn Nà Lẹng tiến hành "
      "sinh hoạt thường kỳ tháng 01 năm 2024."),
    H("1. Thành phần dự"),
    L("- Tổng số đảng viên trong chi bộ: 23 đồng chí (chính thức 21, dự bị 02). Được miễn sinh hoạt: 02 đồng "
      "chí (đ/c Hoàng Văn Slằn và đ/c Lộc Thị Mây, tuổi cao, sức yếu)."),
    L("- Đảng viên phải dự: 21 đồng chí; có mặt: 20 đồng chí; vắng: 01 đồng chí (đ/c Vi Văn Thắng đi làm ăn xa "
      "ở Bắc Ninh, có đơn xin phép)."),
    L("- Khách mời: đồng chí Nông Thị Huyền – Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách địa bàn thôn; đồng "
      "chí Hoàng Minh Tuấn – cán bộ Đồn Biên phòng Tân Thanh phụ trách địa bàn."),
    L("- Chủ trì: đồng chí Lương Văn Chiến – Bí thư chi bộ, Trưởng thôn."),
    L("- Thư ký: đồng chí Hà Thị Lụa – Chi ủy viên."),
    H("2. Thông tin thời sự, quán triệt văn bản cấp trên"),
    P("Đồng chí Lương Văn Chiến thông tin tóm tắt tình hình thời sự trong nước và của tỉnh tháng 12/2023; phổ "
      "biến Kế hoạch của Đảng ủy xã về tổ chức Tết Nguyên đán Giáp Thìn năm 2024 vui tươi, lành mạnh, an toàn, "
      "tiết kiệm; thông báo lượng hàng hóa thông quan qua cửa khẩu Tân Thanh tăng mạnh những ngày cuối năm, kéo "
      "theo nguy cơ buôn lậu, vận chuyển hàng cấm qua đường mòn, lối mở."),
    H("3. Đánh giá kết quả thực hiện nhiệm vụ tháng 12/2023"),
    P("Đồng chí Bí thư thay mặt chi ủy báo cáo: trong tháng, chi bộ đã lãnh đạo nhân dân trong thôn thu hoạch "
      "xong hồi vụ chính và trồng dặm 3,5 ha rừng keo; 100% hộ gia đình ký cam kết không buôn bán, vận chuyển "
      "hàng cấm và không tiếp tay cho người xuất nhập cảnh trái phép; phối hợp thú y xã tiêm phòng lở mồm long "
      "móng cho 186 con trâu, bò. Quỹ \"Vì người nghèo\" vận động được 6.850.000 đồng."),
    P("Tồn tại: vẫn còn 5 hộ thả rông trâu bò vào khu rừng mới trồng; một số đảng viên chưa tích cực tham gia "
      "tuần tra cùng tổ tự quản đường biên, mốc giới; 02 đồng chí nộp đảng phí chậm so với quy định."),
    H("4. Phương hướng, nhiệm vụ tháng 01/2024"),
    L("- Chăm lo Tết cho hộ nghèo, hộ có hoàn cảnh khó khăn, gia đình chính sách; không để hộ nào không có Tết."),
    L("- Phòng chống rét đậm, rét hại cho người và gia súc; quản lý chặt việc đốt lửa sưởi gần rừng."),
    L("- Giữ vững an ninh trật tự khu vực biên giới, đấu tranh với buôn lậu và pháo nổ."),
    L("- Chuẩn bị Tết trồng cây Xuân Giáp Thìn; hoàn thành thu đảng phí năm 2023."),
    H("5. Thảo luận"),
    P("Đ/c Hoàng Văn Sình, Trưởng ban công tác Mặt trận thôn: \"Số hộ thả rông trâu bò tập trung ở khu Khuổi "
      "Slưn. Tôi đề nghị chi bộ cho tổ an ninh cùng người có uy tín đến từng nhà nhắc nhở, hộ nào tái phạm thì "
      "đưa ra họp thôn.\""),
    P("Đ/c Vy Thị Hằng, Chi hội trưởng Chi hội Phụ nữ, cho rằng năm nay rét đến sớm, nhiều nhà chuồng trâu còn "
      "dột, hở; đồng chí đề nghị ưu tiên quà Tết cho hai cụ già neo đơn ở xóm trên."),
    P("Đ/c Hoàng Minh Tuấn (Đồn Biên phòng Tân Thanh) thông báo thời gian qua đồn phát hiện một số đối tượng "
      "ngoài địa bàn thuê người dân gùi hàng qua lối mở ban đêm; đề nghị đảng viên báo ngay cho đồn khi thấy "
      "người lạ vào thôn."),
    P("Đ/c Nông Thị Huyền, Phó Chủ tịch UBND xã, ghi nhận kết quả của thôn, lưu ý thôn hoàn thiện sớm danh sách "
      "hộ nghèo để xã kịp trao quà trước Tết."),
    H("6. Kết luận của đồng chí chủ trì"),
    P("Đồng chí Lương Văn Chiến tiếp thu các ý kiến và kết luận: chi bộ thống nhất với báo cáo đánh giá tháng "
      "12/2023 và phương hướng tháng 01/2024. Trọng tâm trong tháng là chăm lo Tết cho nhân dân, chống rét cho "
      "đàn gia súc và giữ an ninh đường biên; kiên quyết xử lý các hộ thả rông trâu bò tái phạm theo hương ước "
      "của thôn. Mỗi đảng viên phải gương mẫu, không mua bán, sử dụng pháo nổ."),
    P("Biểu quyết bằng hình thức giơ tay: 20/20 đồng chí có mặt tán thành, đạt 100%."),
    H("7. Phân công thực hiện"),
    L("- Đ/c Lương Văn Chiến: chỉ đạo Ban phát triển thôn rà soát danh sách hộ nghèo, hộ cận nghèo để đề nghị xã "
      "hỗ trợ quà Tết; gửi danh sách về UBND xã trước ngày 20/01/2024."),
    L("- Đ/c Hoàng Văn Sình: cùng tổ an ninh thôn nhắc nhở các hộ thả rông trâu bò ở khu Khuổi Slưn, kiểm tra "
      "các đường mòn, lối mở giáp biên giới hằng tuần."),
    L("- Đ/c Vy Thị Hằng: vận động hội viên phụ nữ che chắn chuồng trại, dự trữ rơm cỏ cho trâu bò trong những "
      "ngày rét đậm, rét hại."),
    L("- Đ/c Hà Thị Lụa: hoàn thành thu đảng phí năm 2023, nộp về Đảng ủy xã trước ngày 23 tháng Chạp."),
    L("- Đ/c Lộc Văn Tình và đ/c Nông Văn Dự: nắm danh sách con em đi làm ăn xa về quê ăn Tết, phối hợp Công an "
      "xã quản lý tạm trú; báo cáo chi ủy sau Tết Nguyên đán."),
    H("8. Kết thúc"),
    P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ; các đồng chí "
      "dự họp nhất trí, không có ý kiến bổ sung."),
    S(["THƯ KÝ", "", "", "Hà Thị Lụa"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Lương Văn Chiến"]),
]

U01_T = minute(
    meeting("regular", "2024-01-12", "19:00", "21:15", "Nhà văn hóa thôn Nà Lẹng", "CHI BỘ THÔN NÀ LẸNG",
            "ĐẢNG BỘ XÃ TÂN THANH"),
    "Lương Văn Chiến", "Bí thư chi bộ", "Hà Thị Lụa",
    attendance(23, 20, 1, 1, 0, 2,
               [("Vi Văn Thắng", "đi làm ăn xa ở Bắc Ninh, có đơn xin phép", True)],
               [("Nông Thị Huyền", "Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách địa bàn thôn"),
                ("Hoàng Minh Tuấn", "cán bộ Đồn Biên phòng Tân Thanh phụ trách địa bàn")]),
    True,
    [vote("Thông qua kết luận: đánh giá tháng 12/2023, phương hướng tháng 01/2024", 20, None, None, 100)],
    [task("Lương Văn Chiến", "chỉ đạo Ban phát triển thôn rà soát danh sách hộ nghèo, hộ cận nghèo để đề nghị xã "
          "hỗ trợ quà Tết; gửi danh sách về UBND xã", "20/01/2024"),
     task("Hoàng Văn Sình", "cùng tổ an ninh thôn nhắc nhở các hộ thả rông trâu bò ở khu Khuổi Slưn, kiểm tra các "
          "đường mòn, lối mở giáp biên giới", "hằng tuần"),
     task("Vy Thị Hằng", "vận động hội viên phụ nữ che chắn chuồng trại, dự trữ rơm cỏ cho trâu bò",
          "những ngày rét đậm, rét hại"),
     task("Hà Thị Lụa", "hoàn thành thu đảng phí năm 2023, nộp về Đảng ủy xã", "ngày 23 tháng Chạp"),
     task("Lộc Văn Tình", "nắm danh sách con em đi làm ăn xa về quê ăn Tết, phối hợp Công an xã quản lý tạm trú; "
          "báo cáo chi ủy", "sau Tết Nguyên đán"),
     task("Nông Văn Dự", "nắm danh sách con em đi làm ăn xa về quê ăn Tết, phối hợp Công an xã quản lý tạm trú; "
          "báo cáo chi ủy", "sau Tết Nguyên đán")],
    [],
)


# --------------------------------------------------------------------------------------------------
# u02 — Hà Nội ward retirees' cell: low attendance, "chưa có lý do"
# --------------------------------------------------------------------------------------------------

U02 = [
    HD(["ĐẢNG BỘ PHƯỜNG THÀNH CÔNG", "CHI BỘ HƯU TRÍ SỐ 3", "*"], [DCP, "Hà Nội, ngày 05 tháng 4 năm 2024"]),
    G(6),
    C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ"),
    C("(Tháng Tư năm 2024)", bold=False, italic=True),
    G(6),
    L("Thời gian: 8 giờ 00 phút, ngày 05 tháng 4 năm 2024."),
    L("Địa điểm: Phòng họp tầng 2, Nhà văn hóa tổ dân phố số 12, phường Thành Công."),
    L("Thành phần:"),
    L("- Tổng số đảng viên của chi bộ: 41 đồng chí; trong đó 11 đồng chí được miễn sinh hoạt do tuổi cao, sức "
      "yếu. Số đảng viên phải dự họp: 30 đồng chí."),
    L("- Có mặt: 26/30 đồng chí. Đồng chí Đào Văn Khuê đến muộn (8 giờ 20 phút) do đi khám bệnh định kỳ, có báo "
      "trước."),
    L("- Vắng mặt: 04 đồng chí, gồm:"),
    L("+ Đ/c Trịnh Thị Ngà: đang điều trị tại Bệnh viện Hữu Nghị;", indent=16),
    L("+ Đ/c Phan Văn Tiệp: về quê Nam Định dự giỗ họ;", indent=16),
    L("+ Đ/c Lê Quang Vinh: sang Úc thăm con;", indent=16),
    L("+ Đ/c Bùi Văn Tý: chưa có lý do.", indent=16),
    P("Đồng chí Hoàng Minh Chính, Bí thư chi bộ, chủ trì cuộc họp; đồng chí Ngô Thị Quyên, Chi ủy viên, được phân "
      "công ghi biên bản."),
    H("1. Thông tin thời sự"),
    P("Đồng chí Bí thư thông tin: Luật Đất đai năm 2024 đã được Quốc hội thông qua ngày 18/01/2024, với một số "
      "điểm mới về bảng giá đất, cấp giấy chứng nhận quyền sử dụng đất; tình hình giá vàng, giá điện tăng; kết quả "
      "phát triển kinh tế – xã hội quý I của Thành phố. Chi bộ ôn lại truyền thống Chiến thắng Điện Biên Phủ nhân "
      "dịp kỷ niệm 70 năm (07/5/1954 – 07/5/2024)."),
    H("2. Đánh giá hoạt động tháng 3"),
    P("Chi ủy báo cáo: 100% đảng viên đóng đảng phí đúng hạn; chi bộ tổ chức lấy ý kiến góp ý dự thảo Luật Thủ đô "
      "(sửa đổi), tổng hợp 14 ý kiến gửi Đảng ủy phường; phối hợp Ban công tác Mặt trận vận động ủng hộ Quỹ \"Vì "
      "người nghèo\" được 12.500.000 đồng; thăm hỏi 03 đảng viên ốm đau nằm viện."),
    P("Hạn chế: việc nắm tình hình đảng viên ốm đau còn chậm; tỷ lệ đảng viên dự sinh hoạt chưa cao, có đồng chí "
      "vắng nhiều kỳ chưa rõ lý do."),
    H("3. Nhiệm vụ tháng 4"),
    L("- Tổ chức cho đảng viên tham quan triển lãm kỷ niệm 70 năm Chiến thắng Điện Biên Phủ."),
    L("- Chuẩn bị hồ sơ đề nghị tặng Huy hiệu Đảng đợt 2/9 năm 2024."),
    L("- Vận động các hộ gia đình phân loại rác thải tại nguồn; giữ gìn vệ sinh ngõ phố."),
    L("- Thăm hỏi kịp thời đảng viên ốm đau; chấn chỉnh nền nếp sinh hoạt chi bộ."),
    H("4. Ý kiến của đảng viên"),
    P("- Đồng chí Tạ Văn Chung hỏi: những đồng chí đủ 55 năm tuổi đảng trong năm nay sẽ được trao Huy hiệu vào dịp "
      "nào? Đồng chí Bí thư trả lời: chi bộ lập danh sách gửi Đảng ủy phường để đề nghị trao vào dịp 2/9."),
    P("- Đồng chí Lương Thị Bích phát biểu: \"Đồng chí Ngà nằm viện đã hơn ba tuần, chi bộ nên cử người vào thăm "
      "ngay, không đợi đến cuối tháng.\""),
    P("- Đồng chí Nguyễn Hữu Đạt đề nghị chi bộ tìm hiểu vì sao đồng chí Bùi Văn Tý nhiều lần vắng sinh hoạt; nếu "
      "do sức khỏe thì làm thủ tục miễn sinh hoạt, nếu không thì phải nhắc nhở."),
    P("- Đồng chí Đào Văn Khuê: đề nghị tổ dân phố bố trí thêm thùng rác phân loại ở đầu ngõ 29."),
    H("5. Kết luận"),
    P("Đồng chí Bí thư kết luận:"),
    L("(1) Chi bộ thống nhất đánh giá kết quả tháng 3 và nhiệm vụ tháng 4 như báo cáo của chi ủy, có bổ sung ý "
      "kiến của các đồng chí."),
    L("(2) Tổ chức chu đáo các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ; mỗi đảng viên vận động con "
      "cháu cùng tham gia."),
    L("(3) Chấn chỉnh nền nếp sinh hoạt; trường hợp vắng nhiều kỳ sẽ được xem xét theo Điều lệ Đảng."),
    P("Chi bộ biểu quyết bằng hình thức giơ tay: 26/26 đồng chí có mặt nhất trí với kết luận (100%)."),
    H("6. Giao nhiệm vụ"),
    P("Đồng chí Ngô Thị Quyên được giao lập danh sách đảng viên đủ tuổi đảng đề nghị tặng Huy hiệu đợt 2/9, kèm "
      "bản khai, gửi Văn phòng Đảng ủy phường trước ngày 15/5/2024."),
    P("Hai đồng chí Tạ Văn Chung và Lương Thị Bích thay mặt chi bộ vào Bệnh viện Hữu Nghị thăm đồng chí Trịnh Thị "
      "Ngà trong tuần này."),
    P("Đồng chí Hoàng Minh Chính trực tiếp gặp đồng chí Bùi Văn Tý và gia đình để nắm lý do vắng mặt. Kết quả báo "
      "cáo chi bộ tại kỳ sinh hoạt tháng 5."),
    P("Đồng chí Đào Văn Khuê cùng tổ trưởng tổ dân phố kiến nghị công ty môi trường bổ sung thùng rác phân loại "
      "tại ngõ 29 trong tháng 4."),
    P("Biên bản được đọc lại cho các đồng chí dự họp nghe và nhất trí thông qua. Cuộc họp kết thúc hồi 10 giờ 30 "
      "phút cùng ngày."),
    S(["NGƯỜI GHI BIÊN BẢN", "", "", "Ngô Thị Quyên"], ["BÍ THƯ", "", "", "Hoàng Minh Chính"]),
]

U02_T = minute(
    meeting("regular", "2024-04-05", "08:00", "10:30",
            "Phòng họp tầng 2, Nhà văn hóa tổ dân phố số 12, phường Thành Công", "CHI BỘ HƯU TRÍ SỐ 3",
            "ĐẢNG BỘ PHƯỜNG THÀNH CÔNG"),
    "Hoàng Minh Chính", "Bí thư chi bộ", "Ngô Thị Quyên",
    attendance(41, 26, 4, 3, 1, 11,
               [("Trịnh Thị Ngà", "đang điều trị tại Bệnh viện Hữu Nghị", True),
                ("Phan Văn Tiệp", "về quê Nam Định dự giỗ họ", True),
                ("Lê Quang Vinh", "sang Úc thăm con", True),
                ("Bùi Văn Tý", "chưa có lý do", False)]),
    True,
    [vote("Thông qua kết luận của đồng chí Bí thư", 26, None, None, 100)],
    [task("Ngô Thị Quyên", "lập danh sách đảng viên đủ tuổi đảng đề nghị tặng Huy hiệu đợt 2/9, kèm bản khai, gửi "
          "Văn phòng Đảng ủy phường", "15/5/2024"),
     task("Tạ Văn Chung", "thay mặt chi bộ vào Bệnh viện Hữu Nghị thăm đồng chí Trịnh Thị Ngà", "tuần này"),
     task("Lương Thị Bích", "thay mặt chi bộ vào Bệnh viện Hữu Nghị thăm đồng chí Trịnh Thị Ngà", "tuần này"),
     task("Hoàng Minh Chính", "trực tiếp gặp đồng chí Bùi Văn Tý và gia đình để nắm lý do vắng mặt",
          "kỳ sinh hoạt tháng 5"),
     task("Đào Văn Khuê", "cùng tổ trưởng tổ dân phố kiến nghị công ty môi trường bổ sung thùng rác phân loại tại "
          "ngõ 29", "tháng 4")],
    ["low_attendance", "unexcused_absence"],
)


# --------------------------------------------------------------------------------------------------
# u03 — Hà Nam military command: the vote is asked for and never recorded
# --------------------------------------------------------------------------------------------------

U03 = [
    HD(["ĐẢNG ỦY QUÂN SỰ TỈNH HÀ NAM", "CHI BỘ PHÒNG HẬU CẦN - KỸ THUẬT", "*"],
       [DCP, "Hà Nam, ngày 26 tháng 6 năm 2024"]),
    G(6),
    C("BIÊN BẢN HỘI NGHỊ CHI BỘ"),
    C("Sinh hoạt thường kỳ tháng 6 năm 2024", bold=False, italic=True),
    G(6),
    H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
    L("1. Thời gian: bắt đầu 07 giờ 30 phút, ngày 26/6/2024."),
    L("2. Địa điểm: Hội trường Phòng Hậu cần - Kỹ thuật, Bộ Chỉ huy Quân sự tỉnh."),
    L("3. Quân số đảng viên: 15 đồng chí; có mặt: 14 đồng chí; vắng: 01 đồng chí (Thiếu tá Đặng Văn Tuấn, đi tập "
      "huấn nghiệp vụ kho tại Bộ Tư lệnh Quân khu 3)."),
    L("4. Đại biểu dự: Đại tá Lê Đình Khải, Phó Bí thư Đảng ủy Quân sự tỉnh, Chính ủy Bộ Chỉ huy Quân sự tỉnh."),
    L("5. Chủ trì hội nghị: Đại tá Phạm Văn Hưng, Bí thư chi bộ, Trưởng phòng."),
    L("6. Thư ký hội nghị: Thượng úy QNCN Nguyễn Thị Thu Trang."),
    H("II. NỘI DUNG HỘI NGHỊ"),
    P("Chương trình gồm: (1) thông báo tình hình; (2) báo cáo kết quả lãnh đạo tháng 6, phương hướng tháng 7; (3) "
      "thảo luận; (4) kết luận và biểu quyết nghị quyết tháng 7."),
    H("1. Thông báo tình hình"),
    P("Đồng chí chủ trì thông báo tình hình thế giới, khu vực, Biển Đông; dự báo mùa mưa bão năm 2024 có diễn biến "
      "phức tạp; chỉ thị của Đảng ủy Quân sự tỉnh về bảo đảm an toàn kho tàng, phương tiện trong mùa mưa bão."),
    H("2. Báo cáo kết quả tháng 6, phương hướng tháng 7"),
    P("Trung tá Trần Văn Lực, Phó Bí thư chi bộ, trình bày báo cáo. Trong tháng, chi bộ lãnh đạo phòng bảo đảm đầy "
      "đủ lương thực, thực phẩm, xăng dầu cho huấn luyện và cho diễn tập khu vực phòng thủ huyện Thanh Liêm; quân "
      "y khám sức khỏe định kỳ cho 100% cán bộ, chiến sĩ; kho K1 duy trì nghiêm chế độ trực, không để xảy ra mất "
      "an toàn. Hạn chế: sổ sách theo dõi vật tư kỹ thuật chưa cập nhật kịp thời; một số xe, máy chuyên dùng niêm "
      "cất chưa đúng quy trình."),
    P("Phương hướng tháng 7: bảo đảm hậu cần, kỹ thuật cho huấn luyện dân quân tự vệ năm thứ nhất; kiểm tra, củng "
      "cố kho, nhà xưởng trước mùa mưa bão; chuẩn bị lực lượng, phương tiện sẵn sàng tham gia phòng chống thiên "
      "tai, tìm kiếm cứu nạn; đẩy mạnh tăng gia sản xuất, cải thiện đời sống bộ đội."),
    H("3. Thảo luận"),
    P("Thiếu tá Vũ Quang Thịnh, Chủ nhiệm kho K1: mái kho số 2 bị thấm dột sau đợt mưa lớn cuối tháng 5, nếu không "
      "sửa xong trước tháng 8 sẽ ảnh hưởng đến chất lượng đạn dược cất giữ."),
    P("Đại úy QNCN Mai Thị Hạnh, Trợ lý Quân y: đề nghị bổ sung cơ số thuốc phòng dịch cho lực lượng tham gia cứu "
      "hộ, nhất là hóa chất khử khuẩn nước sinh hoạt."),
    P("Trung tá Trần Văn Lực: thống nhất với ý kiến đồng chí Thịnh, đề nghị chi bộ lưu ý chế độ trực chỉ huy vào "
      "những ngày nghỉ cuối tuần."),
    P("Đại tá Lê Đình Khải phát biểu chỉ đạo: biểu dương kết quả bảo đảm cho diễn tập; yêu cầu chi bộ quan tâm "
      "giáo dục chính trị, quản lý tư tưởng quân nhân chuyên nghiệp, không để xảy ra vi phạm kỷ luật khi sử dụng "
      "mạng xã hội."),
    H("III. KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ CHI BỘ"),
    L("1. Chi bộ thống nhất với báo cáo kết quả tháng 6 và phương hướng tháng 7; tiếp thu đầy đủ ý kiến chỉ đạo "
      "của đồng chí Chính ủy."),
    L("2. Giao Thiếu tá Vũ Quang Thịnh lập dự toán, tổ chức sửa chữa mái kho số 2, hoàn thành trước ngày "
      "31/7/2024."),
    L("3. Giao Đại úy QNCN Mai Thị Hạnh đề xuất danh mục thuốc, vật tư quân y bổ sung, trình thủ trưởng phòng "
      "trong tuần đầu tháng 7."),
    L("4. Tổ xe - máy kiểm tra toàn bộ xe, máy chuyên dùng; niêm cất lại đúng quy trình trước mùa mưa bão."),
    L("5. Các đồng chí đảng viên nghiêm túc chấp hành chế độ trực, quy định sử dụng mạng xã hội; giữ vững kỷ "
      "luật, không để xảy ra vi phạm."),
    P("Đồng chí chủ trì đề nghị chi bộ biểu quyết thông qua nghị quyết lãnh đạo thực hiện nhiệm vụ tháng 7/2024. "
      "Giao Thượng úy QNCN Nguyễn Thị Thu Trang hoàn chỉnh dự thảo nghị quyết trên cơ sở kết luận hội nghị, trình "
      "Bí thư chi bộ ký ban hành trong ngày 28/6/2024."),
    P("Hội nghị kết thúc lúc 10 giờ 00 cùng ngày. Biên bản đã được thông qua trước hội nghị, 14/14 đồng chí nhất "
      "trí."),
    S(["THƯ KÝ", "", "", "Thượng úy QNCN", "Nguyễn Thị Thu Trang"],
      ["T/M CHI BỘ", "BÍ THƯ", "", "", "Đại tá Phạm Văn Hưng"]),
]

U03_T = minute(
    meeting("regular", "2024-06-26", "07:30", "10:00",
            "Hội trường Phòng Hậu cần - Kỹ thuật, Bộ Chỉ huy Quân sự tỉnh", "CHI BỘ PHÒNG HẬU CẦN - KỸ THUẬT",
            "ĐẢNG ỦY QUÂN SỰ TỈNH HÀ NAM"),
    "Phạm Văn Hưng", "Bí thư chi bộ", "Nguyễn Thị Thu Trang",
    attendance(15, 14, 1, 1, 0, 0,
               [("Đặng Văn Tuấn", "đi tập huấn nghiệp vụ kho tại Bộ Tư lệnh Quân khu 3", True)],
               [("Lê Đình Khải", "Phó Bí thư Đảng ủy Quân sự tỉnh, Chính ủy Bộ Chỉ huy Quân sự tỉnh")]),
    True,
    [],
    [task("Vũ Quang Thịnh", "lập dự toán, tổ chức sửa chữa mái kho số 2", "31/7/2024"),
     task("Mai Thị Hạnh", "đề xuất danh mục thuốc, vật tư quân y bổ sung, trình thủ trưởng phòng",
          "tuần đầu tháng 7"),
     task("Tổ xe - máy", "kiểm tra toàn bộ xe, máy chuyên dùng; niêm cất lại đúng quy trình", "mùa mưa bão"),
     task("Nguyễn Thị Thu Trang", "hoàn chỉnh dự thảo nghị quyết trên cơ sở kết luận hội nghị, trình Bí thư chi bộ "
          "ký ban hành", "ngày 28/6/2024")],
    ["missing_vote"],
)


# --------------------------------------------------------------------------------------------------
# u04 — Bắc Kạn forest rangers, regular + thematic in exactly 120 minutes, clean
# --------------------------------------------------------------------------------------------------

U04_TOPIC = ("Trách nhiệm của đảng viên trong quản lý, bảo vệ rừng, khắc phục hậu quả cơn bão số 3")

U04 = [
    HD(["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG BỘ SỞ NÔNG NGHIỆP VÀ PTNT", "CHI BỘ CHI CỤC KIỂM LÂM", "*"],
       [DCP, "Bắc Kạn, ngày 27 tháng 9 năm 2024"], bold_left=(2,)),
    G(4),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9/2024"),
    C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ III/2024"),
    C("Chuyên đề: \"" + U04_TOPIC + "\"", bold=False, italic=True),
    G(6),
    L("- Thời gian: từ 14h00 đến 16h00 ngày 27/9/2024."),
    L("- Địa điểm: Phòng họp Chi cục Kiểm lâm tỉnh Bắc Kạn."),
    L("- Có mặt: 17/18 đ/c (chính thức 16, dự bị 01); vắng 01 đ/c: Ma Văn Hùng – đang cùng Hạt Kiểm lâm Ba Bể "
      "khắc phục sạt lở, có báo cáo."),
    L("- Dự và chỉ đạo: đ/c Lục Văn Thành – Phó Bí thư Đảng ủy Sở."),
    L("- Chủ trì: đ/c Hoàng Thị Thu Hà – Bí thư Chi bộ, Chi cục trưởng."),
    L("- Thư ký: đ/c Nông Văn Định."),
    H("A. SINH HOẠT THƯỜNG KỲ"),
    H("1. Kết quả tháng 9"),
    P("Chi bộ nghe đ/c Bí thư báo cáo: cơn bão số 3 (Yagi) và hoàn lưu sau bão từ ngày 07 đến 10/9/2024 gây mưa "
      "lớn, lũ quét, sạt lở trên diện rộng; theo số liệu ban đầu, hơn 2.000 ha rừng trồng bị gãy đổ, tập trung ở "
      "các huyện Ba Bể, Chợ Đồn, Na Rì. Chi bộ đã lãnh đạo cơ quan huy động 100% công chức ứng trực, phối hợp chính "
      "quyền địa phương di dời dân khỏi vùng nguy hiểm, thu dọn cây đổ trên các tuyến đường tỉnh."),
    P("Hạn chế: thống kê thiệt hại còn chậm do nhiều tuyến đường bị chia cắt; chưa kịp thời hướng dẫn chủ rừng thủ "
      "tục tận dụng gỗ gãy đổ, đã xuất hiện hiện tượng lợi dụng để khai thác gỗ trái phép."),
    H("2. Nhiệm vụ tháng 10"),
    L("- Hoàn thành thống kê, đánh giá thiệt hại rừng sau bão; hướng dẫn chủ rừng tận dụng lâm sản đúng quy định."),
    L("- Tăng cường tuần tra, kiểm soát lâm sản; xử lý nghiêm vi phạm."),
    L("- Chuẩn bị cây giống, kế hoạch trồng lại rừng vụ xuân năm 2025."),
    H("B. SINH HOẠT CHUYÊN ĐỀ"),
    P("Đ/c Đàm Quang Vinh, Phó Bí thư Chi bộ, trình bày chuyên đề, nêu rõ: sau bão, nguy cơ cháy rừng trong mùa "
      "khô tới tăng cao do khối lượng cành nhánh khô rất lớn; đảng viên kiểm lâm địa bàn phải bám xã, bám thôn, "
      "không để người dân đốt nương gần diện tích rừng đổ gãy; mỗi đảng viên phải nêu gương liêm chính, không nhận "
      "quà biếu của chủ gỗ."),
    H("C. THẢO LUẬN"),
    P("Đ/c Triệu Thị Mai hỏi: hộ gia đình muốn bán gỗ keo gãy đổ trong rừng trồng của mình thì có phải xin phép "
      "không? Đ/c Đàm Quang Vinh trả lời: rừng trồng bằng vốn của hộ thì chủ rừng tự quyết định tận thu, chỉ cần "
      "lập bảng kê lâm sản và báo kiểm lâm địa bàn."),
    P("Đ/c Lý Văn Phúc (Đội Kiểm lâm cơ động và PCCCR): đề nghị bố trí thêm chốt kiểm tra lưu động trên Quốc lộ "
      "3B vì thời gian qua có xe chở gỗ không rõ nguồn gốc đi ban đêm."),
    P("Đ/c Hà Văn Sáu: đề nghị Chi cục sớm xin ý kiến Sở về hỗ trợ cây giống cho các hộ bị thiệt hại nặng."),
    P("Đ/c Lục Văn Thành, Phó Bí thư Đảng ủy Sở, ghi nhận chi bộ chuẩn bị chuyên đề công phu, sát thực tế; đề "
      "nghị sau buổi sinh hoạt cụ thể hóa thành việc làm, có người chịu trách nhiệm."),
    H("D. KẾT LUẬN VÀ BIỂU QUYẾT"),
    P("Đồng chí Bí thư Chi bộ kết luận: chi bộ thống nhất với báo cáo tháng 9, nhiệm vụ tháng 10 và nội dung chuyên "
      "đề; xác định bảo vệ diện tích rừng bị đổ gãy, phòng cháy chữa cháy rừng mùa khô là nhiệm vụ trọng tâm của "
      "chi bộ trong quý IV; mỗi đảng viên đăng ký ít nhất một việc làm cụ thể theo chuyên đề."),
    P("Chi bộ biểu quyết bằng hình thức giơ tay: tán thành 17/17 (100%), không tán thành 0."),
    H("E. PHÂN CÔNG THỰC HIỆN"),
    T([(0.07, "STT", "c"), (0.37, "Nội dung", "l"), (0.21, "Chủ trì thực hiện", "l"), (0.18, "Phối hợp", "l"),
       (0.17, "Thời hạn", "l")],
      [["1", "Thống kê diện tích rừng bị thiệt hại do bão số 3, tổng hợp báo cáo Sở", "Đ/c Ma Văn Hùng",
        "Các Hạt Kiểm lâm", "15/10/2024"],
       ["2", "Kiểm tra việc tận thu gỗ gãy đổ; ngăn chặn lợi dụng khai thác trái phép",
        "Đội Kiểm lâm cơ động và PCCCR", "Công an tỉnh", "Thường xuyên"],
       ["3", "Xây dựng kế hoạch trồng lại rừng vụ xuân 2025", "Đ/c Đàm Quang Vinh", "Phòng Quản lý bảo vệ rừng",
        "Quý IV/2024"],
       ["4", "Viết tin, bài tuyên truyền trên trang thông tin điện tử của Chi cục",
        "Đ/c Nông Văn Định, đ/c Triệu Thị Mai", "", "Hằng tuần"],
       ["5", "Tổng hợp đăng ký việc làm của đảng viên theo chuyên đề", "Đ/c Hà Văn Sáu", "Chi ủy",
        "Kỳ sinh hoạt tháng 10"]]),
    P("Biên bản được thông qua lúc 16h00 cùng ngày; 17/17 đồng chí dự họp nhất trí với nội dung biên bản."),
    S(["THƯ KÝ", "", "", "Nông Văn Định"], ["CHỦ TRÌ", "", "", "Hoàng Thị Thu Hà"]),
]

U04_T = minute(
    meeting("regular", "2024-09-27", "14:00", "16:00", "Phòng họp Chi cục Kiểm lâm tỉnh Bắc Kạn",
            "CHI BỘ CHI CỤC KIỂM LÂM", "ĐẢNG BỘ SỞ NÔNG NGHIỆP VÀ PTNT", topic=U04_TOPIC),
    "Hoàng Thị Thu Hà", "Bí thư Chi bộ", "Nông Văn Định",
    attendance(18, 17, 1, 1, 0, 0,
               [("Ma Văn Hùng", "đang cùng Hạt Kiểm lâm Ba Bể khắc phục sạt lở, có báo cáo", True)],
               [("Lục Văn Thành", "Phó Bí thư Đảng ủy Sở")]),
    True,
    [vote("Thông qua kết luận: báo cáo tháng 9, nhiệm vụ tháng 10 và chuyên đề", 17, 0, None, 100)],
    [task("Ma Văn Hùng", "Thống kê diện tích rừng bị thiệt hại do bão số 3, tổng hợp báo cáo Sở", "15/10/2024"),
     task("Đội Kiểm lâm cơ động và PCCCR", "Kiểm tra việc tận thu gỗ gãy đổ; ngăn chặn lợi dụng khai thác trái phép",
          "Thường xuyên"),
     task("Đàm Quang Vinh", "Xây dựng kế hoạch trồng lại rừng vụ xuân 2025", "Quý IV/2024"),
     task("Nông Văn Định", "Viết tin, bài tuyên truyền trên trang thông tin điện tử của Chi cục", "Hằng tuần"),
     task("Triệu Thị Mai", "Viết tin, bài tuyên truyền trên trang thông tin điện tử của Chi cục", "Hằng tuần"),
     task("Hà Văn Sáu", "Tổng hợp đăng ký việc làm của đảng viên theo chuyên đề", "Kỳ sinh hoạt tháng 10")],
    [],
)


# --------------------------------------------------------------------------------------------------
# u05 — Ninh Bình cement kiln workshop: "(ghi rõ …)" left in the form, no new task
# --------------------------------------------------------------------------------------------------

U05 = [
    HD(["ĐẢNG BỘ CÔNG TY CP XI MĂNG HOÀNG LONG", "CHI BỘ PHÂN XƯỞNG LÒ NUNG", "Số: 10-BB/CB"],
       [DCP, "Ninh Bình, ngày 15 tháng 10 năm 2024"]),
    G(6),
    C("BIÊN BẢN SINH HOẠT CHI BỘ"),
    C("Tháng 10 năm 2024", bold=False),
    G(6),
    L("1. Thời gian: 15 giờ 30 phút, ngày 15 tháng 10 năm 2024 (sau giờ giao ca)."),
    L("2. Địa điểm: Phòng giao ca Phân xưởng Lò nung."),
    L("3. Thành phần:"),
    L("- Tổng số đảng viên của chi bộ: 21 đồng chí. Miễn sinh hoạt: 0."),
    L("- Số đảng viên có mặt: 20 đồng chí (chính thức 18, dự bị 02)."),
    L("- Số đảng viên vắng mặt: 01 đồng chí (ghi rõ họ tên, lý do vắng): đồng chí Trần Văn Khải, nghỉ phép về quê "
      "có việc gia đình."),
    L("- Chủ trì: đồng chí Đinh Văn Quyết – Bí thư chi bộ, Quản đốc phân xưởng."),
    L("- Thư ký: đồng chí Phạm Thị Hiền – Nhân viên thống kê."),
    L("4. Nội dung:"),
    H("4.1. Thông tin thời sự, văn bản mới"),
    L("Đồng chí Bí thư thông báo nhanh kết quả Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII và chủ "
      "trương của Đảng ủy Công ty về sắp xếp lại các tổ sản xuất, tinh gọn lao động gián tiếp trong quý IV."),
    H("4.2. Kết quả sản xuất và công tác đảng tháng 9"),
    L("Trong tháng 9, lò nung vận hành ổn định 29/30 ngày, sản lượng clinker đạt 102% kế hoạch; tiêu hao than giảm "
      "1,5% so với định mức. Chi bộ lãnh đạo công nhân khắc phục sự cố kẹt ghi làm nguội trong 14 giờ, không ảnh "
      "hưởng đến kế hoạch tháng. Về an toàn: xảy ra 01 vụ bỏng nhẹ do không mang đủ bảo hộ khi vệ sinh cyclone tháp "
      "trao đổi nhiệt. Các đảng viên đều đóng đảng phí đầy đủ."),
    L("Tồn tại: ý thức chấp hành quy trình an toàn của một bộ phận công nhân trẻ chưa cao; bụi tại khu vực làm "
      "nguội clinker vượt ngưỡng vào một số ca đêm."),
    H("4.3. Nhiệm vụ tháng 10"),
    L("Chuẩn bị dừng lò trung tu theo kế hoạch (dự kiến từ 01/11/2024, trong 12 ngày); kiểm tra gạch chịu lửa vùng "
      "nung; bảo đảm tuyệt đối an toàn trong thời gian sửa chữa; tiếp tục tiết giảm tiêu hao than, điện."),
    H("4.4. Ý kiến thảo luận"),
    L("Đồng chí Quách Văn Tùng – Tổ trưởng tổ vận hành lò: đề nghị trong đợt trung tu thay toàn bộ gạch vùng nung "
      "chứ không thay từng đoạn, vì lần trước thay cục bộ chỉ được ba tháng đã phải dừng lò."),
    L("Đồng chí Bùi Đức Lâm – Tổ cơ khí: lực lượng cơ khí chỉ có 9 người, trung tu 12 ngày sẽ phải thuê thêm nhà "
      "thầu; đồng chí xin nhận kèm cặp 02 công nhân mới để kịp tham gia đợt sửa chữa."),
    L("Đồng chí Vũ Thị Ngân – Chủ tịch công đoàn bộ phận: đề nghị bố trí bữa ăn giữa ca đầy đủ cho công nhân trong "
      "những ngày trung tu phải làm tăng giờ."),
    H("4.5. Kết luận"),
    L("Đồng chí Bí thư kết luận: chi bộ thống nhất đánh giá tháng 9 và nhiệm vụ tháng 10 như báo cáo. Trọng tâm là "
      "chuẩn bị chu đáo đợt trung tu lò, bảo đảm an toàn tuyệt đối về người và thiết bị; siết chặt kỷ luật bảo hộ "
      "lao động, xử lý nghiêm các trường hợp vi phạm."),
    L("Chi bộ biểu quyết: 20/20 đồng chí tán thành (đạt 100%)."),
    H("4.6. Phân công nhiệm vụ"),
    L("Các đồng chí đảng viên tiếp tục thực hiện nhiệm vụ theo phân công tại kỳ sinh hoạt tháng 9/2024; mỗi đảng "
      "viên gắn trách nhiệm với tổ sản xuất nơi mình làm việc. Chi bộ kiến nghị Ban Giám đốc Công ty sớm duyệt dự "
      "toán gạch chịu lửa và bố trí nhà thầu phụ cho đợt trung tu."),
    L("5. Buổi sinh hoạt kết thúc vào 17 giờ 20 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và được các "
      "đồng chí dự họp thông qua."),
    S(["THƯ KÝ", "", "", "Phạm Thị Hiền"], ["CHỦ TRÌ", "", "", "Đinh Văn Quyết"]),
]

U05_T = minute(
    meeting("regular", "2024-10-15", "15:30", "17:20", "Phòng giao ca Phân xưởng Lò nung", "CHI BỘ PHÂN XƯỞNG LÒ NUNG",
            "ĐẢNG BỘ CÔNG TY CP XI MĂNG HOÀNG LONG"),
    "Đinh Văn Quyết", "Bí thư chi bộ", "Phạm Thị Hiền",
    attendance(21, 20, 1, 1, 0, 0, [("Trần Văn Khải", "nghỉ phép về quê có việc gia đình", True)]),
    True,
    [vote("Thông qua kết luận: đánh giá tháng 9, nhiệm vụ tháng 10", 20, None, None, 100)],
    [],
    ["missing_assignments", "unfilled_template"],
)


# --------------------------------------------------------------------------------------------------
# u06 — Hồ Chí Minh City student cell, secret ballot, three resolutions, clean
# --------------------------------------------------------------------------------------------------

U06 = [
    HD(["ĐẢNG BỘ TRƯỜNG ĐẠI HỌC", "CÔNG NGHỆ SÀI GÒN", "CHI BỘ SINH VIÊN", "*"],
       [DCP, "TP. Hồ Chí Minh, ngày 22 tháng 11 năm 2024"], bold_left=(2,)),
    G(6),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHI BỘ THÁNG 11/2024"),
    G(6),
    P("Hôm nay, lúc 17 giờ 30 phút ngày 22/11/2024, tại phòng họp B.205, Chi bộ Sinh viên tổ chức sinh hoạt thường "
      "kỳ tháng 11/2024, trong đó có nội dung xét đề nghị kết nạp đảng viên mới và công nhận đảng viên chính thức."),
    H("I. THÀNH PHẦN"),
    L("- Tổng số đảng viên: 16 đồng chí (chính thức: 07; dự bị: 09)."),
    L("- Có mặt: 16/16 đồng chí."),
    L("- Đại biểu: đồng chí Lâm Quốc Bảo – Đảng ủy viên, Bí thư Đoàn trường, phụ trách chi bộ."),
    L("- Chủ trì: đồng chí Trần Minh Khoa – Bí thư chi bộ (giảng viên Khoa Điện – Điện tử)."),
    L("- Thư ký: đồng chí Huỳnh Thị Mỹ Duyên – Phó Bí thư chi bộ."),
    H("II. NỘI DUNG"),
    H("1. Thông tin, sinh hoạt tư tưởng"),
    P("Đồng chí Lâm Quốc Bảo thông tin về phong trào \"Sinh viên 5 tốt\" năm học 2024–2025, ngày hội hiến máu "
      "\"Giọt hồng yêu thương\" tháng 12 và kế hoạch Chiến dịch Xuân tình nguyện 2025. Chi bộ trao đổi về việc một "
      "số sinh viên chia sẻ thông tin chưa kiểm chứng trên mạng xã hội về chủ trương sắp xếp, tinh gọn bộ máy."),
    H("2. Đánh giá tháng 10, nhiệm vụ tháng 11 và tháng 12"),
    P("Tháng 10, 100% đảng viên đạt kết quả học tập từ khá trở lên, 05 đồng chí đạt học bổng khuyến khích; chi bộ "
      "phối hợp Liên chi đoàn tổ chức thành công ngày hội tân sinh viên và 02 buổi sinh hoạt \"Kể chuyện Bác Hồ\". "
      "Hạn chế: còn 02 đảng viên dự bị chậm nộp bản tự kiểm điểm; việc giúp đỡ quần chúng ưu tú chưa thường xuyên."),
    P("Nhiệm vụ: ôn thi cuối học kỳ I; mỗi đảng viên giúp đỡ ít nhất một bạn học yếu; chuẩn bị lực lượng cho Xuân "
      "tình nguyện; hoàn thành hồ sơ kết nạp và công nhận đảng viên chính thức."),
    H("3. Xét đề nghị kết nạp đảng viên"),
    P("Chi bộ nghe đồng chí Phan Gia Huy, đảng viên được phân công giúp đỡ, báo cáo quá trình rèn luyện của quần "
      "chúng Nguyễn Ngọc Bảo Trân, sinh viên năm thứ tư, lớp 21DT2: điểm trung bình tích lũy 3,52/4,0; Phó Bí thư "
      "Liên chi đoàn khoa; đã học lớp bồi dưỡng nhận thức về Đảng; được Chi đoàn giới thiệu. Các đảng viên thảo "
      "luận, không có ý kiến khác."),
    P("Chi bộ tiến hành bỏ phiếu kín (đảng viên chính thức). Kết quả: phiếu phát ra 07, phiếu thu về 07, hợp lệ "
      "07; đồng ý kết nạp 06 phiếu (85,71%), không đồng ý 01 phiếu."),
    H("4. Xét công nhận đảng viên chính thức"),
    P("Chi bộ xem xét hồ sơ của đồng chí Lý Thị Thanh Tâm và đồng chí Võ Hoàng Nam, kết nạp ngày 08/11/2023, đã hết "
      "thời gian dự bị. Cả hai đồng chí có bản tự kiểm điểm, nhận xét của chi đoàn nơi sinh hoạt, hoàn thành tốt "
      "nhiệm vụ. Biểu quyết giơ tay: 07/07 đảng viên chính thức tán thành đề nghị công nhận chính thức cho hai "
      "đồng chí (100%)."),
    H("5. Thảo luận"),
    P("Đồng chí Võ Hoàng Nam đề xuất lập nhóm học tập môn Kỹ thuật số để giúp các bạn có nguy cơ phải học lại."),
    P("Đồng chí Đặng Quốc Toàn nêu: một số đảng viên dự bị tham gia quá nhiều câu lạc bộ, ảnh hưởng đến kết quả "
      "học tập; đề nghị chi bộ nhắc nhở các bạn cân đối thời gian."),
    P("Đồng chí Lý Thị Thanh Tâm xin nhận làm đầu mối liên hệ với Hội Chữ thập đỏ phường cho đợt hiến máu."),
    H("6. Kết luận"),
    P("Đồng chí Trần Minh Khoa kết luận: chi bộ thống nhất với đánh giá và nhiệm vụ đã nêu; đề nghị Đảng ủy Trường "
      "xem xét kết nạp quần chúng Nguyễn Ngọc Bảo Trân và công nhận đảng viên chính thức cho đồng chí Lý Thị Thanh "
      "Tâm, đồng chí Võ Hoàng Nam. Trong tháng 12, ưu tiên số một là kết quả thi học kỳ I; không để đảng viên nào "
      "có học phần bị điểm F."),
    P("Biểu quyết thông qua kết luận: 07/07 đảng viên chính thức tán thành (100%); các đảng viên dự bị nhất trí."),
    H("7. Phân công"),
    L("+ Đ/c Võ Hoàng Nam, đ/c Đặng Quốc Toàn: tổ chức nhóm học tập môn Kỹ thuật số, sinh hoạt vào tối thứ Tư hằng "
      "tuần."),
    L("+ Đ/c Lý Thị Thanh Tâm: làm đầu mối phối hợp Hội Chữ thập đỏ phường tổ chức hiến máu, xong trước "
      "15/12/2024."),
    L("+ Đ/c Huỳnh Thị Mỹ Duyên: hoàn chỉnh hồ sơ kết nạp và hồ sơ công nhận đảng viên chính thức, nộp Văn phòng "
      "Đảng ủy trước ngày 29/11/2024."),
    L("+ Đ/c Phan Gia Huy: tiếp tục theo dõi, giúp đỡ quần chúng Nguyễn Ngọc Bảo Trân đến khi có quyết định kết "
      "nạp."),
    L("+ Chi ủy: rà soát, động viên đảng viên đăng ký tham gia Chiến dịch Xuân tình nguyện 2025, báo cáo Đảng ủy "
      "trong tháng 12."),
    P("Biên bản đã được thông qua trước chi bộ vào lúc 19 giờ 15 phút cùng ngày, các đồng chí dự họp đều nhất trí."),
    S(["THƯ KÝ", "", "", "Huỳnh Thị Mỹ Duyên"], ["T/M CHI ỦY", "BÍ THƯ", "", "", "Trần Minh Khoa"]),
]

U06_T = minute(
    meeting("regular", "2024-11-22", "17:30", "19:15", "phòng họp B.205", "CHI BỘ SINH VIÊN",
            "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC CÔNG NGHỆ SÀI GÒN"),
    "Trần Minh Khoa", "Bí thư chi bộ", "Huỳnh Thị Mỹ Duyên",
    attendance(16, 16, 0, 0, 0, 0, [],
               [("Lâm Quốc Bảo", "Đảng ủy viên, Bí thư Đoàn trường, phụ trách chi bộ")]),
    True,
    [vote("Đề nghị kết nạp quần chúng Nguyễn Ngọc Bảo Trân (bỏ phiếu kín)", 6, 1, None, 85.71),
     vote("Đề nghị công nhận đảng viên chính thức cho Lý Thị Thanh Tâm và Võ Hoàng Nam", 7, None, None, 100),
     vote("Thông qua kết luận", 7, None, None, 100)],
    [task("Võ Hoàng Nam", "tổ chức nhóm học tập môn Kỹ thuật số", "tối thứ Tư hằng tuần"),
     task("Đặng Quốc Toàn", "tổ chức nhóm học tập môn Kỹ thuật số", "tối thứ Tư hằng tuần"),
     task("Lý Thị Thanh Tâm", "làm đầu mối phối hợp Hội Chữ thập đỏ phường tổ chức hiến máu", "15/12/2024"),
     task("Huỳnh Thị Mỹ Duyên", "hoàn chỉnh hồ sơ kết nạp và hồ sơ công nhận đảng viên chính thức, nộp Văn phòng "
          "Đảng ủy", "29/11/2024"),
     task("Phan Gia Huy", "tiếp tục theo dõi, giúp đỡ quần chúng Nguyễn Ngọc Bảo Trân",
          "khi có quyết định kết nạp"),
     task("Chi ủy", "rà soát, động viên đảng viên đăng ký tham gia Chiến dịch Xuân tình nguyện 2025, báo cáo Đảng ủy",
          "tháng 12")],
    [],
)


# --------------------------------------------------------------------------------------------------
# u07 — Quảng Nam Cơ Tu village: petitions and calls only, never read back
# --------------------------------------------------------------------------------------------------

U07 = [
    HD(["ĐẢNG ỦY XÃ LĂNG", "CHI BỘ THÔN A XÒ", "*"], [DCP, "Lăng, ngày 10 tháng 8 năm 2024"]),
    G(8),
    C("BIÊN BẢN"),
    C("Sinh hoạt chi bộ tháng 8 năm 2024"),
    G(8),
    P("Hôm nay, ngày 10/8/2024, vào lúc 19 giờ, tại nhà Gươl thôn A Xò, Chi bộ thôn A Xò tổ chức sinh hoạt định kỳ "
      "tháng 8 năm 2024."),
    P("Chi bộ hiện có 14 đảng viên, dự họp 13 đồng chí; vắng 01 đồng chí là đồng chí Bhling Thị Hương do mới sinh "
      "con, có báo với chi ủy. Về dự có đồng chí Bríu Liếc, Phó Bí thư Đảng ủy xã, phụ trách địa bàn thôn và anh "
      "Alăng Văn Dũng, Bí thư Chi đoàn thôn."),
    P("Đồng chí Zơrâm Mơ, Bí thư chi bộ điều hành buổi sinh hoạt; đồng chí Coor Thị Bia, chi ủy viên, làm thư ký."),
    P("Mở đầu, đồng chí Bí thư đọc tóm tắt tin thời sự trên báo Quảng Nam: mưa lớn kéo dài ở các huyện miền núi, "
      "nguy cơ sạt lở đất cao; tỉnh triển khai Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng "
      "bào dân tộc thiểu số và miền núi, có hỗ trợ làm nhà cho hộ nghèo."),
    P("Tiếp đó, chi ủy báo cáo kết quả tháng 7: bà con đã trồng xong 4 ha ba kích tím dưới tán rừng theo mô hình "
      "của xã; làm xong 02 nhà cho hộ nghèo bằng nguồn hỗ trợ của Chương trình, ngày công do thanh niên và bà con "
      "trong thôn góp; 100% trẻ em trong độ tuổi được vận động đi học hè. Còn tồn tại: vẫn còn 01 trường hợp tảo "
      "hôn ở nóc Pơ Ning; đường lên khu sản xuất Tà Lang bị sạt một đoạn, bà con đi lại khó khăn; việc thu đảng "
      "phí còn chậm."),
    P("Nhiệm vụ tháng 8: vận động học sinh ra lớp đúng ngày khai giảng năm học 2024–2025; phòng chống sạt lở mùa "
      "mưa bão, không để người dân ngủ lại chòi rẫy khi có mưa lớn; tuyên truyền phòng chống tảo hôn, hôn nhân cận "
      "huyết thống; chăm sóc diện tích ba kích tím mới trồng."),
    P("Trong phần thảo luận có 04 ý kiến:"),
    P("Đồng chí Clâu Bốt nói: gia đình ông Bh'riu Pố ở nóc Pơ Ning cho con gái 15 tuổi nghỉ học để lấy chồng, đã "
      "có người trong thôn đến khuyên nhưng gia đình chưa nghe. Đồng chí xin nhận cùng già làng đến gặp gia đình "
      "thêm lần nữa."),
    P("Đồng chí Alăng Thị Mai, Chi hội trưởng Chi hội Phụ nữ, cho biết chị em sẵn sàng góp gạo, góp công giúp 02 hộ "
      "làm nhà năm sau; đề nghị chi bộ nhắc đảng viên đóng đảng phí đúng kỳ."),
    P("Đồng chí Pơloong Plênh, Trưởng thôn, đề nghị xã sớm cho máy múc mở lại đường lên khu Tà Lang trước khi mưa "
      "nhiều."),
    P("Đồng chí Bríu Liếc, Phó Bí thư Đảng ủy xã, phát biểu: Đảng ủy ghi nhận cố gắng của chi bộ; đề nghị chi bộ "
      "đặc biệt quan tâm vấn đề tảo hôn vì đây là tiêu chí thi đua của xã."),
    P("Đồng chí Bí thư chi bộ kết luận: chi bộ thống nhất với báo cáo của chi ủy. Tháng 8, cả thôn tập trung ba "
      "việc: đưa học sinh ra lớp đầy đủ; phòng chống sạt lở, bảo đảm an toàn tính mạng cho bà con; ngăn chặn tảo "
      "hôn. Đảng viên phải làm gương trước, về nói cho gia đình và bà con trong nóc mình nghe và làm theo."),
    P("Chi bộ biểu quyết thông qua kết luận bằng hình thức giơ tay, 13/13 đồng chí tán thành."),
    P("Chi bộ thống nhất kiến nghị Đảng ủy, Ủy ban nhân dân xã hỗ trợ máy móc sửa đường lên khu sản xuất Tà Lang và "
      "khảo sát điểm sạt lở phía sau nóc Pơ Ning. Đề nghị các đoàn thể trong thôn phối hợp tuyên truyền phòng chống "
      "tảo hôn; đề nghị các đồng chí đảng viên đóng đảng phí đúng kỳ, gương mẫu trong mọi việc."),
    P("Cuộc họp kết thúc lúc 21 giờ 10 phút cùng ngày."),
    S(["THƯ KÝ", "", "", "Coor Thị Bia"], ["BÍ THƯ CHI BỘ", "", "", "Zơrâm Mơ"]),
]

U07_T = minute(
    meeting("regular", "2024-08-10", "19:00", "21:10", "nhà Gươl thôn A Xò", "CHI BỘ THÔN A XÒ", "ĐẢNG ỦY XÃ LĂNG"),
    "Zơrâm Mơ", "Bí thư chi bộ", "Coor Thị Bia",
    attendance(14, 13, 1, 1, 0, 0, [("Bhling Thị Hương", "mới sinh con, có báo với chi ủy", True)],
               [("Bríu Liếc", "Phó Bí thư Đảng ủy xã, phụ trách địa bàn thôn"),
                ("Alăng Văn Dũng", "Bí thư Chi đoàn thôn")]),
    True,
    [vote("Thông qua kết luận của đồng chí Bí thư chi bộ", 13, None, None, None)],
    [],
    ["missing_assignments", "not_approved"],
)


# --------------------------------------------------------------------------------------------------
# u08 — Bạc Liêu salt cooperative: conclusion put off, 85 minutes
# --------------------------------------------------------------------------------------------------

U08 = [
    HD(["ĐẢNG BỘ XÃ LONG ĐIỀN ĐÔNG", "CHI BỘ HTX MUỐI TÂN LONG", "*"],
       [DCP, "Long Điền Đông, ngày 07 tháng 12 năm 2024"]),
    G(8),
    C("BIÊN BẢN HỌP CHI BỘ THÁNG 12/2024"),
    G(6),
    P("Vào lúc 7h30' ngày 07/12/2024, tại văn phòng Hợp tác xã muối Tân Long, ấp Gò Cát, Chi bộ họp thường kỳ "
      "tháng 12."),
    P("Đảng viên dự họp: 12/12 đồng chí, đạt 100%."),
    P("Điều hành: đồng chí Lâm Văn Sáu, Bí thư Chi bộ kiêm Giám đốc HTX. Ghi biên bản: đồng chí Kim Thị Sóc Ly."),
    H("a) Tình hình tháng 11"),
    P("Đồng chí Lâm Văn Sáu báo cáo: mùa mưa năm nay kéo dài sang đầu tháng 12, diêm dân chưa thể xuống đồng; HTX đã "
      "nạo vét xong 2,8 km kênh dẫn nước mặn, gia cố bờ ô ruộng muối cho 37 hộ xã viên; còn tồn kho hơn 600 tấn "
      "muối vụ trước do giá thấp, chỉ khoảng 1.300 đồng/kg, nhiều hộ thiếu vốn đầu tư vụ mới."),
    H("b) Phương hướng tháng 12"),
    P("Chuẩn bị ruộng, bạt trải cho vụ muối 2024–2025, phấn đấu 100% diện tích làm muối trải bạt; tìm đầu ra cho "
      "muối tồn kho; vận động xã viên vay vốn ưu đãi của Ngân hàng Chính sách xã hội."),
    H("c) Ý kiến"),
    P("Đồng chí Thạch Sô Phol: đề nghị HTX ứng trước bạt cho các hộ khó khăn, cuối vụ trả dần bằng muối."),
    P("Đồng chí Trần Thị Mỹ Lệ, kế toán HTX: quỹ HTX chỉ đủ ứng bạt cho khoảng 10 hộ, đề nghị ưu tiên hộ nghèo."),
    P("Đồng chí Nguyễn Văn Út: có công ty ở Cà Mau đặt vấn đề bao tiêu toàn bộ muối vụ tới với giá 1.500 đồng/kg "
      "nhưng đòi HTX cam kết sản lượng; đồng chí không đồng ý vì nếu thất mùa HTX phải bồi thường."),
    P("Đồng chí Danh Hùng: ngược lại, nên ký hợp đồng bao tiêu để bà con yên tâm sản xuất, giá muối mấy năm nay lên "
      "xuống thất thường."),
    H("d) Biểu quyết"),
    P("Đồng chí chủ trì đề nghị chi bộ biểu quyết thông qua phương hướng tháng 12 về chuẩn bị vụ muối: 12/12 đồng "
      "chí tán thành. Riêng việc ký hợp đồng bao tiêu còn nhiều ý kiến khác nhau, chưa thống nhất được; nội dung "
      "này sẽ đưa ra kết luận tại kỳ họp tháng 01/2025."),
    H("đ) Phân công"),
    L("- Đ/c Trần Thị Mỹ Lệ lập danh sách hộ khó khăn được ứng bạt, trình Ban quản trị trước ngày 15/12/2024."),
    L("- Đ/c Thạch Sô Phol và đ/c Danh Hùng vận động xã viên đăng ký vay vốn, nộp hồ sơ cho Tổ tiết kiệm và vay "
      "vốn ấp Gò Cát trong tháng 12."),
    L("- Đ/c Nguyễn Văn Út liên hệ các cơ sở chế biến muối ở Bạc Liêu, Sóc Trăng để bán muối tồn kho, báo cáo kết "
      "quả ở kỳ họp sau."),
    P("Cuộc họp kết thúc lúc 8 giờ 55 phút. Biên bản đã đọc lại cho chi bộ nghe, chi bộ thống nhất."),
    S(["THƯ KÝ", "", "", "Kim Thị Sóc Ly"], ["CHỦ TRÌ", "", "", "Lâm Văn Sáu"]),
]

U08_T = minute(
    meeting("regular", "2024-12-07", "07:30", "08:55", "văn phòng Hợp tác xã muối Tân Long, ấp Gò Cát",
            "CHI BỘ HTX MUỐI TÂN LONG", "ĐẢNG BỘ XÃ LONG ĐIỀN ĐÔNG"),
    "Lâm Văn Sáu", "Bí thư Chi bộ", "Kim Thị Sóc Ly",
    attendance(12, 12, 0, 0, 0, 0),
    False,
    [vote("Phương hướng tháng 12 về chuẩn bị vụ muối", 12, None, None, None)],
    [task("Trần Thị Mỹ Lệ", "lập danh sách hộ khó khăn được ứng bạt, trình Ban quản trị", "15/12/2024"),
     task("Thạch Sô Phol", "vận động xã viên đăng ký vay vốn, nộp hồ sơ cho Tổ tiết kiệm và vay vốn ấp Gò Cát",
          "tháng 12"),
     task("Danh Hùng", "vận động xã viên đăng ký vay vốn, nộp hồ sơ cho Tổ tiết kiệm và vay vốn ấp Gò Cát",
          "tháng 12"),
     task("Nguyễn Văn Út", "liên hệ các cơ sở chế biến muối ở Bạc Liêu, Sóc Trăng để bán muối tồn kho, báo cáo kết "
          "quả", "kỳ họp sau")],
    ["missing_conclusion", "short_meeting"],
)


# --------------------------------------------------------------------------------------------------
# u09 — Bà Rịa - Vũng Tàu seafood company: unnamed opinions, empty reason cell
# --------------------------------------------------------------------------------------------------

U09 = [
    HD(["ĐẢNG BỘ KHỐI DOANH NGHIỆP", "TỈNH BÀ RỊA - VŨNG TÀU", "CHI BỘ CÔNG TY TNHH", "HẢI SẢN PHƯỚC HẢI", "*"],
       [DCP, "Đất Đỏ, ngày 18 tháng 3 năm 2024"], bold_left=(2, 3)),
    G(4),
    C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ"),
    C("THÁNG 3/2024"),
    G(6),
    L("Thời gian: 13h30 – 15h30, ngày 18/3/2024."),
    L("Địa điểm: Phòng họp Ban Giám đốc Công ty."),
    L("Tổng số đảng viên: 10 đồng chí. Có mặt: 09 đồng chí. Vắng: 01 đồng chí, cụ thể:"),
    T([(0.08, "TT", "c"), (0.36, "Họ và tên", "l"), (0.28, "Bộ phận", "l"), (0.28, "Nguyên nhân", "l")],
      [["1", "Trương Văn Lợi", "Tổ bảo trì cơ điện", ""]]),
    L("Chủ trì: đồng chí Nguyễn Thị Kim Oanh – Bí thư Chi bộ, Phó Giám đốc Công ty."),
    L("Thư ký: đồng chí Lê Hoàng Phúc – Tổ trưởng Tổ kho vận."),
    H("I. TÌNH HÌNH SẢN XUẤT KINH DOANH VÀ CÔNG TÁC ĐẢNG THÁNG 02/2024"),
    P("Sau Tết Nguyên đán, tàu cá của các chủ nậu ra khơi trở lại chậm nên nguồn nguyên liệu mực, ghẹ thiếu; công ty "
      "chỉ chạy khoảng 70% công suất. Doanh thu tháng 02 đạt 18,6 tỷ đồng, giảm 12% so với cùng kỳ. Một lô hàng "
      "xuất khẩu sang Hàn Quốc bị trả về do dư lượng sulfite vượt mức cho phép, thiệt hại khoảng 240 triệu đồng."),
    P("Công tác đảng: chi bộ tổ chức cho đảng viên và công nhân học tập chỉ thị của Tỉnh ủy về chống khai thác hải "
      "sản bất hợp pháp, không báo cáo và không theo quy định (IUU); công đoàn thăm hỏi 12 công nhân có hoàn cảnh "
      "khó khăn dịp Tết. Hạn chế: chi bộ chưa kịp thời nắm tư tưởng công nhân khi công ty giảm ca."),
    H("II. NHIỆM VỤ THÁNG 3/2024"),
    L("1. Kiểm soát chặt quy trình ngâm, xử lý nguyên liệu; không để lô hàng nào bị trả về."),
    L("2. Chỉ thu mua nguyên liệu có nguồn gốc rõ ràng, có giấy xác nhận khai thác theo quy định chống IUU."),
    L("3. Sắp xếp ca làm việc hợp lý, bảo đảm việc làm cho công nhân."),
    L("4. Phát triển đảng: giới thiệu 02 quần chúng ưu tú đi học lớp nhận thức về Đảng."),
    H("III. THẢO LUẬN"),
    P("Các đồng chí đảng viên tham gia ý kiến vào báo cáo, tập trung vào mấy vấn đề sau:"),
    L("- Có ý kiến cho rằng nguyên nhân lô hàng bị trả về là do khâu kiểm tra của phòng KCS còn làm theo cảm tính, "
      "cần trang bị máy đo nhanh."),
    L("- Một số ý kiến đề nghị công ty công khai kế hoạch giảm ca để công nhân yên tâm, tránh tin đồn cắt giảm lao "
      "động."),
    L("- Ý kiến khác đề nghị ưu tiên thu mua của các tàu đã lắp thiết bị giám sát hành trình."),
    P("Các ý kiến đều thống nhất cao với báo cáo của chi ủy."),
    H("IV. KẾT LUẬN"),
    P("Đồng chí Bí thư Chi bộ kết luận: chi bộ thống nhất đánh giá tháng 02 và nhiệm vụ tháng 3 như báo cáo, tiếp "
      "thu các ý kiến thảo luận. Trước mắt tập trung khắc phục khâu kiểm soát chất lượng, thu mua nguyên liệu hợp "
      "pháp, giữ ổn định việc làm cho công nhân."),
    P("Chi bộ nhất trí 100% với kết luận."),
    H("V. PHÂN CÔNG"),
    P("Giao đồng chí Đỗ Văn Thành, Trưởng phòng KCS, rà soát lại quy trình kiểm tra dư lượng, đề xuất mua máy đo "
      "nhanh, trình Ban Giám đốc trước ngày 31/3/2024."),
    P("Đồng chí Lê Hoàng Phúc chịu trách nhiệm kiểm tra hồ sơ nguồn gốc nguyên liệu của từng chuyến hàng nhập kho, "
      "thực hiện hằng ngày."),
    P("Đồng chí Nguyễn Thị Kim Oanh trực tiếp gặp đồng chí Trương Văn Lợi để làm rõ lý do vắng sinh hoạt, báo cáo "
      "chi bộ kỳ họp tháng 4."),
    P("Đồng chí Phạm Thị Thu Hà và đồng chí Hồ Văn Tám giúp đỡ 02 quần chúng ưu tú, hoàn chỉnh hồ sơ giới thiệu đi "
      "học lớp nhận thức về Đảng trong quý II/2024."),
    P("Biên bản đã được đọc lại cho chi bộ nghe và được thông qua với sự nhất trí của 9/9 đồng chí có mặt."),
    S(["THƯ KÝ", "", "", "Lê Hoàng Phúc"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Nguyễn Thị Kim Oanh"]),
]

U09_T = minute(
    meeting("regular", "2024-03-18", "13:30", "15:30", "Phòng họp Ban Giám đốc Công ty",
            "CHI BỘ CÔNG TY TNHH HẢI SẢN PHƯỚC HẢI", "ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH BÀ RỊA - VŨNG TÀU"),
    "Nguyễn Thị Kim Oanh", "Bí thư Chi bộ", "Lê Hoàng Phúc",
    attendance(10, 9, 1, 0, 1, 0, [("Trương Văn Lợi", None, False)]),
    True,
    [vote("Thông qua kết luận của đồng chí Bí thư", None, None, None, 100)],
    [task("Đỗ Văn Thành", "rà soát lại quy trình kiểm tra dư lượng, đề xuất mua máy đo nhanh, trình Ban Giám đốc",
          "31/3/2024"),
     task("Lê Hoàng Phúc", "kiểm tra hồ sơ nguồn gốc nguyên liệu của từng chuyến hàng nhập kho", "hằng ngày"),
     task("Nguyễn Thị Kim Oanh", "trực tiếp gặp đồng chí Trương Văn Lợi để làm rõ lý do vắng sinh hoạt, báo cáo chi "
          "bộ", "kỳ họp tháng 4"),
     task("Phạm Thị Thu Hà", "giúp đỡ 02 quần chúng ưu tú, hoàn chỉnh hồ sơ giới thiệu đi học lớp nhận thức về Đảng",
          "quý II/2024"),
     task("Hồ Văn Tám", "giúp đỡ 02 quần chúng ưu tú, hoàn chỉnh hồ sơ giới thiệu đi học lớp nhận thức về Đảng",
          "quý II/2024")],
    ["no_discussion", "unexcused_absence"],
)


# --------------------------------------------------------------------------------------------------
# u10 — Nghệ An neonatal ward, clean (scanned as u14)
# --------------------------------------------------------------------------------------------------

U10 = [
    HD(["ĐẢNG BỘ BỆNH VIỆN SẢN NHI NGHỆ AN", "CHI BỘ KHOA SƠ SINH", "*"], [DCP, "Nghệ An, ngày 13 tháng 5 năm 2024"]),
    G(6),
    C("BIÊN BẢN HỘI NGHỊ CHI BỘ"),
    C("KỲ HỌP THÁNG 5 NĂM 2024"),
    G(6),
    P("Hồi 16 giờ 00 ngày 13 tháng 5 năm 2024, tại phòng giao ban Khoa Sơ sinh, Chi bộ Khoa Sơ sinh họp thường kỳ "
      "tháng 5 năm 2024."),
    P("Chi bộ có 19 đảng viên, trong đó 01 đồng chí được miễn sinh hoạt (đ/c Hồ Thị Lan, điều trị bệnh dài ngày). "
      "Có mặt 17/18 đồng chí phải dự. Vắng 01 đồng chí: BS. Trần Quang Huy, trực cấp cứu theo lịch của Bệnh viện."),
    P("Chủ tọa: BSCKII. Nguyễn Thị Hồng Vân – Bí thư chi bộ, Trưởng khoa. Thư ký: ĐD. Cao Thị Lý."),
    H("1. Thông tin thời sự"),
    P("Đồng chí chủ tọa thông tin: Luật Khám bệnh, chữa bệnh năm 2023 có hiệu lực từ ngày 01/01/2024, quy định lộ "
      "trình cấp giấy phép hành nghề và cập nhật kiến thức y khoa liên tục; Sở Y tế chấn chỉnh thái độ phục vụ người "
      "bệnh sau một số phản ánh trên mạng xã hội."),
    H("2. Kết quả thực hiện nhiệm vụ tháng 4"),
    P("Khoa điều trị 412 lượt trẻ sơ sinh, công suất giường bệnh 128%; cứu sống 06 trẻ đẻ non dưới 1.000 gam; triển "
      "khai thành công kỹ thuật bơm surfactant ít xâm lấn. Không xảy ra sai sót chuyên môn nghiêm trọng. Hạn chế: "
      "quá tải kéo dài, có thời điểm hai trẻ nằm chung một lồng ấp; thiếu một số thuốc do chậm có kết quả đấu thầu; "
      "hồ sơ bệnh án điện tử còn ghi chép thiếu."),
    H("3. Phương hướng tháng 5"),
    P("Bảo đảm an toàn người bệnh trong điều kiện quá tải; đề xuất bổ sung lồng ấp; duy trì phòng chăm sóc bà mẹ "
      "nuôi con theo phương pháp Kangaroo; tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
      "gắn với kỷ niệm 134 năm Ngày sinh của Bác."),
    H("4. Thảo luận"),
    P("- ThS.BS. Lê Văn Đức: thiếu thuốc chủ yếu là kháng sinh thế hệ mới; đề nghị khoa lập dự trù sớm, không đợi "
      "hết thuốc mới báo."),
    P("- ĐD. Nguyễn Thị Quỳnh hỏi: khi hai trẻ nằm chung lồng ấp mà có nguy cơ lây nhiễm thì điều dưỡng xử trí thế "
      "nào? Đồng chí Trưởng khoa trả lời: ưu tiên tách trẻ nhiễm khuẩn sang đơn nguyên cách ly; khoa sẽ mượn thêm "
      "lồng ấp của Khoa Cấp cứu."),
    P("- BS. Thái Văn Hòa: đề nghị chi bộ nhắc các đảng viên là bác sĩ trẻ về cách giao tiếp với người nhà bệnh "
      "nhi."),
    H("5. Kết luận"),
    P("Đồng chí chủ tọa kết luận:"),
    L("1) Thống nhất với báo cáo đánh giá tháng 4 và phương hướng tháng 5."),
    L("2) Lấy an toàn người bệnh làm ưu tiên hàng đầu; không để xảy ra nhiễm khuẩn chéo."),
    L("3) Mỗi đảng viên là tấm gương về thái độ phục vụ; chi bộ đưa nội dung này vào đánh giá đảng viên cuối năm."),
    P("Biểu quyết: Tán thành: 17; Không tán thành: 0; Ý kiến khác: 0."),
    H("6. Phân công nhiệm vụ"),
    P("Đồng chí Lê Văn Đức lập dự trù thuốc, vật tư tiêu hao quý III, gửi Khoa Dược; hạn chót ngày 25/5/2024."),
    P("Việc mượn và bố trí thêm lồng ấp giao cho đồng chí Điều dưỡng trưởng khoa, xong trong tuần này."),
    P("Hai đồng chí Thái Văn Hòa và Nguyễn Thị Quỳnh phối hợp xây dựng bộ quy tắc giao tiếp với người nhà bệnh nhi. "
      "Bản dự thảo trình chi bộ tại kỳ họp tháng 6."),
    P("Đồng chí Cao Thị Lý tổng hợp đăng ký làm theo Bác năm 2024 của từng đảng viên, nộp chi ủy trước ngày "
      "19/5/2024."),
    P("Hội nghị kết thúc lúc 17 giờ 40 phút. Biên bản đã được đọc lại và được 17/17 đồng chí có mặt nhất trí thông "
      "qua."),
    S(["THƯ KÝ", "", "", "Cao Thị Lý"], ["CHỦ TỌA", "", "", "BSCKII. Nguyễn Thị Hồng Vân"]),
]

U10_T = minute(
    meeting("regular", "2024-05-13", "16:00", "17:40", "phòng giao ban Khoa Sơ sinh", "CHI BỘ KHOA SƠ SINH",
            "ĐẢNG BỘ BỆNH VIỆN SẢN NHI NGHỆ AN"),
    "Nguyễn Thị Hồng Vân", "Bí thư chi bộ", "Cao Thị Lý",
    attendance(19, 17, 1, 1, 0, 1, [("Trần Quang Huy", "trực cấp cứu theo lịch của Bệnh viện", True)]),
    True,
    [vote("Thông qua kết luận của đồng chí chủ tọa", 17, 0, 0, None)],
    [task("Lê Văn Đức", "lập dự trù thuốc, vật tư tiêu hao quý III, gửi Khoa Dược", "25/5/2024"),
     task("Điều dưỡng trưởng khoa", "mượn và bố trí thêm lồng ấp", "tuần này"),
     task("Thái Văn Hòa", "phối hợp xây dựng bộ quy tắc giao tiếp với người nhà bệnh nhi", "kỳ họp tháng 6"),
     task("Nguyễn Thị Quỳnh", "phối hợp xây dựng bộ quy tắc giao tiếp với người nhà bệnh nhi", "kỳ họp tháng 6"),
     task("Cao Thị Lý", "tổng hợp đăng ký làm theo Bác năm 2024 của từng đảng viên, nộp chi ủy", "19/5/2024")],
    [],
)


# --------------------------------------------------------------------------------------------------
# u11 — Tây Ninh district court: answers and a higher body's "kết luận", no conclusion
# --------------------------------------------------------------------------------------------------

U11 = [
    HD(["ĐẢNG BỘ HUYỆN GÒ DẦU", "CHI BỘ TÒA ÁN NHÂN DÂN HUYỆN", "*"], [DCP, "Gò Dầu, ngày 04 tháng 11 năm 2024"]),
    G(6),
    C("BIÊN BẢN"),
    C("KỲ HỌP CHI BỘ THÁNG 11/2024"),
    G(6),
    L("1. Thời gian: từ 14 giờ 00 đến 16 giờ 00, ngày 04/11/2024."),
    L("2. Địa điểm: phòng xử án số 2, Tòa án nhân dân huyện Gò Dầu."),
    L("3. Thành phần: tổng số đảng viên 13 đồng chí, hiện diện 12 đồng chí; vắng 01 đồng chí Võ Thị Kim Loan, Thẩm "
      "phán (đi xét xử lưu động tại xã Phước Đông)."),
    L("4. Chủ tọa: đồng chí Huỳnh Văn Thắng, Bí thư chi bộ, Chánh án."),
    L("5. Thư ký: đồng chí Nguyễn Thị Ngọc Hân."),
    H("I. THÔNG TIN"),
    P("Đồng chí chủ tọa phổ biến Thông báo kết luận của Ban Thường vụ Huyện ủy về kết quả công tác nội chính, phòng "
      "chống tham nhũng, tiêu cực và cải cách tư pháp 9 tháng năm 2024; quán triệt chỉ thị của Chánh án Tòa án nhân "
      "dân tối cao về nâng cao chất lượng tranh tụng tại phiên tòa."),
    H("II. KẾT QUẢ CÔNG TÁC THÁNG 10/2024"),
    P("Chi ủy báo cáo: tháng 10 đơn vị thụ lý mới 86 vụ việc (hình sự 14, dân sự 31, hôn nhân và gia đình 38, hành "
      "chính 03), giải quyết 79 vụ việc; lũy kế từ đầu năm giải quyết đạt 84%, không có án quá hạn luật định. Có 02 "
      "bản án dân sự bị cấp phúc thẩm sửa do đánh giá chứng cứ chưa đầy đủ. Hòa giải, đối thoại thành công tại Tòa "
      "án 21 vụ việc. 100% đảng viên học tập Nghị quyết Hội nghị Trung ương 10 khóa XIII."),
    P("Tồn tại: tỷ lệ án dân sự bị sửa còn cao so với chỉ tiêu; việc công khai bản án trên Cổng thông tin điện tử "
      "còn chậm."),
    H("III. KẾ HOẠCH THÁNG 11/2024"),
    P("Phấn đấu giải quyết ít nhất 75 vụ việc; tổ chức 02 phiên tòa rút kinh nghiệm (01 hình sự, 01 dân sự); công "
      "bố bản án đúng hạn; chuẩn bị số liệu báo cáo tổng kết năm."),
    H("IV. THẢO LUẬN"),
    P("Đồng chí Trần Minh Luân (Phó Chánh án) hỏi: hai bản án bị sửa đều do không trưng cầu định giá tài sản; chi "
      "ủy có kiến nghị gì với Tòa án tỉnh về chi phí định giá không? Đồng chí Bí thư giải trình: chi phí định giá do "
      "đương sự chịu, nhưng thẩm phán phải hướng dẫn kỹ cho đương sự ngay từ khi thụ lý."),
    P("Đồng chí Lê Thị Bảo Ngọc (Thư ký Tòa án): việc công bố bản án chậm là do máy quét hỏng, đã đề nghị mua mới từ "
      "tháng 8 nhưng chưa được cấp."),
    P("Đồng chí Phạm Quốc Vũ (Thẩm tra viên) đề nghị phân công người hướng dẫn cho hai thư ký mới về công tác."),
    P("Đồng chí chủ tọa tiếp thu các ý kiến đóng góp để chi ủy hoàn chỉnh báo cáo, giải trình thêm về kinh phí mua "
      "sắm thiết bị và cho biết đơn vị đã có văn bản gửi Tòa án tỉnh."),
    H("V. BIỂU QUYẾT"),
    P("Chi bộ biểu quyết thông qua kế hoạch công tác tháng 11/2024: 12/12 đồng chí tán thành, đạt 100%."),
    H("VI. PHÂN CÔNG"),
    L("- Giao đồng chí Trần Minh Luân chủ trì tổ chức 02 phiên tòa rút kinh nghiệm, xong trước ngày 30/11/2024."),
    L("- Giao đồng chí Lê Thị Bảo Ngọc phụ trách công bố bản án trên Cổng thông tin điện tử đúng thời hạn luật định, "
      "thực hiện thường xuyên."),
    L("- Đồng chí Phạm Quốc Vũ hướng dẫn nghiệp vụ cho thư ký mới Đặng Thị Mai Anh đến hết năm 2024."),
    P("Hội nghị kết thúc lúc 16 giờ 00 cùng ngày. Biên bản đã được thông qua trước chi bộ; các đồng chí dự họp không "
      "có ý kiến khác."),
    S(["THƯ KÝ", "", "", "Nguyễn Thị Ngọc Hân"], ["CHỦ TỌA", "", "", "Huỳnh Văn Thắng"]),
]

U11_T = minute(
    meeting("regular", "2024-11-04", "14:00", "16:00", "phòng xử án số 2, Tòa án nhân dân huyện Gò Dầu",
            "CHI BỘ TÒA ÁN NHÂN DÂN HUYỆN", "ĐẢNG BỘ HUYỆN GÒ DẦU"),
    "Huỳnh Văn Thắng", "Bí thư chi bộ", "Nguyễn Thị Ngọc Hân",
    attendance(13, 12, 1, 1, 0, 0, [("Võ Thị Kim Loan", "đi xét xử lưu động tại xã Phước Đông", True)]),
    False,
    [vote("Kế hoạch công tác tháng 11/2024", 12, None, None, 100)],
    [task("Trần Minh Luân", "chủ trì tổ chức 02 phiên tòa rút kinh nghiệm", "30/11/2024"),
     task("Lê Thị Bảo Ngọc", "phụ trách công bố bản án trên Cổng thông tin điện tử đúng thời hạn luật định",
          "thường xuyên"),
     task("Phạm Quốc Vũ", "hướng dẫn nghiệp vụ cho thư ký mới Đặng Thị Mai Anh", "hết năm 2024")],
    ["missing_conclusion"],
)


# --------------------------------------------------------------------------------------------------
# u12 — Bắc Giang lychee village: minute book Feb–Jun 2024
# --------------------------------------------------------------------------------------------------

def _hd12(day: str, month: str) -> tuple:
    return HD(["ĐẢNG BỘ XÃ PHƯỢNG SƠN", "CHI BỘ THÔN NÀ HÁ", "*"],
              [DCP, f"Phượng Sơn, ngày {day} tháng {month} năm 2024"])


CELL12, COMM12 = "CHI BỘ THÔN NÀ HÁ", "ĐẢNG BỘ XÃ PHƯỢNG SƠN"
SIGN12 = S(["THƯ KÝ", "", "", "Diệp Thị Hoa"], ["BÍ THƯ", "", "", "Nông Văn Thái"])
U12_TOPIC = ("Ứng dụng khoa học kỹ thuật, sản xuất vải thiều theo tiêu chuẩn VietGAP, nâng cao giá trị sản phẩm")

U12_1 = [
    _hd12("27", "02"),
    G(6),
    C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ I/2024"),
    C("Chuyên đề: " + U12_TOPIC, bold=False, italic=True),
    G(4),
    L("Thời gian: 19 giờ 30 phút đến 21 giờ 30 phút, ngày 27/02/2024 (tức ngày 18 tháng Giêng năm Giáp Thìn)."),
    L("Địa điểm: Nhà văn hóa thôn Nà Há."),
    L("Thành phần: Tổng số đảng viên 26 đồng chí, miễn sinh hoạt 03 đồng chí (Vi Văn Lầu, Hoàng Thị Sim, Lâm Văn "
      "Pảu). Có mặt 22/23 đồng chí; vắng 01 đồng chí Ngô Thị Thoa (đi chăm mẹ ốm ở bệnh viện huyện)."),
    L("Đại biểu: đồng chí Giáp Văn Cường, Đảng ủy viên phụ trách thôn; đồng chí Nguyễn Thị Hảo, cán bộ Trạm Khuyến "
      "nông huyện Lục Ngạn."),
    L("Chủ trì: đồng chí Nông Văn Thái, Bí thư chi bộ. Thư ký: đồng chí Diệp Thị Hoa."),
    H("1. Trình bày chuyên đề"),
    P("Đồng chí Nguyễn Thị Hảo trình bày chuyên đề: quy trình chăm sóc vải thiều giai đoạn phân hóa mầm hoa, ra hoa; "
      "cách ghi chép nhật ký sản xuất; sử dụng thuốc bảo vệ thực vật đúng danh mục, bảo đảm thời gian cách ly; yêu "
      "cầu về mã số vùng trồng để xuất khẩu sang Nhật Bản, Mỹ, EU. Hiện toàn thôn có 86 ha vải, mới có 31 ha đạt "
      "chứng nhận VietGAP."),
    H("2. Thảo luận"),
    P("Đồng chí Lương Văn Quang: nhiều hộ vẫn ngại ghi nhật ký vì người già không quen viết; đề nghị thanh niên "
      "trong thôn giúp ghi bằng điện thoại."),
    P("Đồng chí Nguyễn Văn Hiếu, Bí thư Chi đoàn: Chi đoàn sẵn sàng lập nhóm \"Thanh niên số\" hướng dẫn bà con "
      "dùng ứng dụng nhật ký điện tử."),
    P("Đồng chí Trần Đức Mạnh: có thương lái đặt cọc mua cả vườn từ khi vải mới ra hoa rồi ép giá; đề nghị thôn "
      "thành lập tổ hợp tác để bán chung."),
    P("Đồng chí Giáp Văn Cường, Đảng ủy viên, đánh giá chuyên đề thiết thực, đề nghị chi bộ phấn đấu tăng diện tích "
      "VietGAP ngay trong năm 2024."),
    H("3. Kết luận"),
    P("Đồng chí Bí thư kết luận: chi bộ thống nhất với nội dung chuyên đề. Năm 2024 phấn đấu nâng diện tích vải "
      "VietGAP của thôn lên 45 ha; 100% đảng viên có vườn vải phải ghi nhật ký sản xuất, không dùng thuốc ngoài danh "
      "mục; nghiên cứu thành lập tổ hợp tác tiêu thụ vải."),
    P("Biểu quyết: 22/22 đồng chí có mặt tán thành."),
    H("4. Phân công"),
    L("- Đồng chí Chu Thị Hằng và đồng chí Nguyễn Văn Hiếu: lập danh sách hộ đăng ký sản xuất theo VietGAP, nộp Trạm "
      "Khuyến nông trước ngày 15/3/2024."),
    L("- Đồng chí Trần Đức Mạnh: khảo sát nhu cầu, vận động các hộ tham gia tổ hợp tác tiêu thụ vải, báo cáo chi bộ "
      "tại kỳ họp tháng 4."),
    L("- Chi đoàn thanh niên thôn: hướng dẫn các hộ ghi nhật ký sản xuất điện tử, hoàn thành trước khi vải ra hoa."),
    P("Biên bản được đọc lại, chi bộ nhất trí thông qua. Buổi sinh hoạt chuyên đề kết thúc lúc 21 giờ 30 phút."),
    SIGN12,
]

U12_1_T = minute(
    meeting("thematic", "2024-02-27", "19:30", "21:30", "Nhà văn hóa thôn Nà Há", CELL12, COMM12, topic=U12_TOPIC),
    "Nông Văn Thái", "Bí thư chi bộ", "Diệp Thị Hoa",
    attendance(26, 22, 1, 1, 0, 3, [("Ngô Thị Thoa", "đi chăm mẹ ốm ở bệnh viện huyện", True)],
               [("Giáp Văn Cường", "Đảng ủy viên phụ trách thôn"),
                ("Nguyễn Thị Hảo", "cán bộ Trạm Khuyến nông huyện Lục Ngạn")]),
    True,
    [vote("Thông qua kết luận chuyên đề", 22, None, None, None)],
    [task("Chu Thị Hằng", "lập danh sách hộ đăng ký sản xuất theo VietGAP, nộp Trạm Khuyến nông", "15/3/2024"),
     task("Nguyễn Văn Hiếu", "lập danh sách hộ đăng ký sản xuất theo VietGAP, nộp Trạm Khuyến nông", "15/3/2024"),
     task("Trần Đức Mạnh", "khảo sát nhu cầu, vận động các hộ tham gia tổ hợp tác tiêu thụ vải, báo cáo chi bộ",
          "kỳ họp tháng 4"),
     task("Chi đoàn thanh niên thôn", "hướng dẫn các hộ ghi nhật ký sản xuất điện tử", "khi vải ra hoa")],
    [],
)

U12_2 = [
    _hd12("12", "3"),
    G(6),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3/2024"),
    G(4),
    L("Thời gian: 19 giờ 30 phút, ngày 12/3/2024. Địa điểm: Nhà văn hóa thôn Nà Há."),
    L("Tổng số đảng viên: 26; miễn sinh hoạt: 03; phải dự: 23; có mặt: 21."),
    L("Vắng: 02 đồng chí – Vũ Văn Khánh (đi viện, có báo); Hoàng Văn Tỉnh (không lý do)."),
    L("Chủ trì: đồng chí Nông Văn Thái, Bí thư chi bộ. Thư ký: đồng chí Diệp Thị Hoa."),
    H("1. Tình hình hai tháng đầu năm"),
    P("Tháng 02 vừa qua, do trùng dịp Tết Nguyên đán Giáp Thìn, chi bộ không tổ chức sinh hoạt thường kỳ mà chỉ "
      "sinh hoạt chuyên đề; vì vậy kỳ này chi bộ đánh giá chung kết quả tháng 02 và tháng 3. Nhân dân trong thôn đón "
      "Tết vui tươi, an toàn, không có người vi phạm pháp luật; 100% hộ bón phân, phun phòng bọ xít cho vải giai "
      "đoạn ra hoa; Chi đoàn ra quân Tết trồng cây được 1.200 cây keo. Hạn chế: còn 04 hộ dùng thuốc không rõ nguồn "
      "gốc; đoạn đường liên thôn qua dốc Khe Mơ bị sạt lề chưa được sửa."),
    H("2. Nhiệm vụ tháng 3, tháng 4"),
    P("Chăm sóc vải giai đoạn đậu quả; phòng trừ sâu bệnh đúng quy trình; sửa đường theo phương châm Nhà nước hỗ trợ "
      "xi măng, nhân dân góp công; chuẩn bị kiện toàn tổ hòa giải thôn."),
    H("3. Ý kiến thảo luận"),
    P("Đồng chí Lâm Văn Sầu, Chi hội trưởng Cựu chiến binh: đề nghị chi bộ gặp gia đình đồng chí Hoàng Văn Tỉnh tìm "
      "hiểu vì sao đồng chí không đi họp mà cũng không báo."),
    P("Đồng chí Lương Văn Quang: đoạn đường Khe Mơ mỗi hộ góp 2 ngày công là làm xong, không nên chờ."),
    P("Đồng chí Chu Thị Hằng: Chi hội Phụ nữ đề nghị vận động các hộ thu gom vỏ bao bì thuốc bảo vệ thực vật về bể "
      "chứa, không vứt xuống suối."),
    H("4. Kết luận của đồng chí Bí thư"),
    P("Chi bộ thống nhất với báo cáo. Tháng 3 và tháng 4 tập trung chăm sóc vải, sửa đường nội đồng và giữ vệ sinh "
      "môi trường; đảng viên đi đầu góp công sửa đường."),
    P("Chi bộ biểu quyết 21/21 đồng chí nhất trí, đạt 100%."),
    H("5. Phân công"),
    L("- Đồng chí Lương Văn Quang phụ trách vận động nhân dân góp công sửa đoạn đường dốc Khe Mơ, xong trước ngày "
      "30/3/2024."),
    L("- Đồng chí Chu Thị Hằng cùng Chi hội Phụ nữ ra quân thu gom vỏ bao bì thuốc bảo vệ thực vật vào Chủ nhật cuối "
      "mỗi tháng."),
    L("- Chi ủy: gặp đồng chí Hoàng Văn Tỉnh và gia đình, nhắc nhở việc chấp hành sinh hoạt đảng; báo cáo tại kỳ họp "
      "sau."),
    P("Buổi sinh hoạt kết thúc lúc 21 giờ 20 phút. Biên bản đã được đọc lại và được chi bộ thông qua."),
    SIGN12,
]

U12_2_T = minute(
    meeting("regular", "2024-03-12", "19:30", "21:20", "Nhà văn hóa thôn Nà Há", CELL12, COMM12),
    "Nông Văn Thái", "Bí thư chi bộ", "Diệp Thị Hoa",
    attendance(26, 21, 2, 1, 1, 3, [("Vũ Văn Khánh", "đi viện, có báo", True),
                                    ("Hoàng Văn Tỉnh", "không lý do", False)]),
    True,
    [vote("Thông qua kết luận của đồng chí Bí thư", 21, None, None, 100)],
    [task("Lương Văn Quang", "phụ trách vận động nhân dân góp công sửa đoạn đường dốc Khe Mơ", "30/3/2024"),
     task("Chu Thị Hằng", "cùng Chi hội Phụ nữ ra quân thu gom vỏ bao bì thuốc bảo vệ thực vật",
          "Chủ nhật cuối mỗi tháng"),
     task("Chi ủy", "gặp đồng chí Hoàng Văn Tỉnh và gia đình, nhắc nhở việc chấp hành sinh hoạt đảng; báo cáo",
          "kỳ họp sau")],
    ["unexcused_absence"],
)

U12_3 = [
    _hd12("10", "4"),
    G(6),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4/2024"),
    G(4),
    P("Vào hồi 19 giờ 30 phút ngày 10/4/2024, tại Nhà văn hóa thôn, Chi bộ thôn Nà Há sinh hoạt thường kỳ tháng 4."),
    P("Có mặt 21/23 đồng chí phải dự (tổng số 26, miễn sinh hoạt 03). Vắng 02 đồng chí: đồng chí Diệp Văn Lợi đi "
      "làm ở khu công nghiệp Quang Châu, có xin phép; đồng chí Hoàng Văn Tỉnh vắng, không báo cáo."),
    P("Đồng chí Nông Văn Thái, Bí thư chi bộ chủ trì; đồng chí Diệp Thị Hoa ghi biên bản."),
    P("Đồng chí Bí thư thông tin: dự báo năm nay vải thiều chính vụ được mùa, sản lượng toàn huyện ước trên 100 nghìn "
      "tấn; Huyện ủy chỉ đạo chuẩn bị hội nghị xúc tiến tiêu thụ vải thiều; Công an huyện cảnh báo thủ đoạn lừa đảo "
      "qua mạng nhằm vào các hộ có tiền bán vải."),
    P("Chi ủy đánh giá: thôn đã sửa xong đoạn đường dốc Khe Mơ; vỏ bao bì thuốc được thu gom hai đợt; vải đậu quả "
      "tốt; tổ hợp tác tiêu thụ vải đã có 18 hộ đăng ký. Đồng chí Hoàng Văn Tỉnh tiếp tục vắng, chi ủy đã đến nhà "
      "hai lần nhưng đồng chí đi vắng."),
    P("Nhiệm vụ tháng 4: phòng trừ sâu đục cuống quả; chuẩn bị nhà sơ chế, lò sấy vải; kiện toàn tổ hòa giải."),
    P("Ý kiến: đồng chí Trần Đức Mạnh báo cáo tổ hợp tác đã liên hệ được 02 doanh nghiệp thu mua ở Bắc Giang và Hà "
      "Nội. Đồng chí Vũ Văn Khánh đề nghị tăng cường tuần tra ban đêm khi vải chín vì năm ngoái có vụ trộm vải."),
    P("Đồng chí Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 4; chủ động chuẩn bị cho thu hoạch, bảo đảm an "
      "ninh trật tự mùa vải."),
    P("Chi bộ biểu quyết: nhất trí 100%."),
    P("Phân công: đồng chí Vũ Văn Khánh cùng tổ an ninh thôn xây dựng lịch tuần tra mùa vải, xong trước ngày "
      "15/5/2024; đồng chí Trần Đức Mạnh hoàn thiện hồ sơ thành lập tổ hợp tác, nộp UBND xã trong tháng 4."),
    P("Biên bản đọc lại, các đồng chí dự họp nhất trí. Buổi sinh hoạt kết thúc lúc 20 giờ 50 phút."),
    SIGN12,
]

U12_3_T = minute(
    meeting("regular", "2024-04-10", "19:30", "20:50", "Nhà văn hóa thôn", CELL12, COMM12),
    "Nông Văn Thái", "Bí thư chi bộ", "Diệp Thị Hoa",
    attendance(26, 21, 2, 1, 1, 3, [("Diệp Văn Lợi", "đi làm ở khu công nghiệp Quang Châu, có xin phép", True),
                                    ("Hoàng Văn Tỉnh", "không báo cáo", False)]),
    True,
    [vote("Thông qua kết luận tháng 4", None, None, None, 100)],
    [task("Vũ Văn Khánh", "cùng tổ an ninh thôn xây dựng lịch tuần tra mùa vải", "15/5/2024"),
     task("Trần Đức Mạnh", "hoàn thiện hồ sơ thành lập tổ hợp tác, nộp UBND xã", "tháng 4")],
    ["short_meeting", "unexcused_absence"],
)

U12_4 = [
    _hd12("10", "5"),
    G(6),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2024"),
    G(4),
    L("Thời gian: bắt đầu 19 giờ 30 phút ngày 10/5/2024, tại Nhà văn hóa thôn Nà Há."),
    L("Đảng viên có mặt: 22/23 đồng chí (tổng số 26, miễn sinh hoạt 03). Vắng 01: đồng chí Ngô Thị Thoa (ốm, có "
      "báo)."),
    L("Đại biểu: đồng chí Giáp Văn Cường, Đảng ủy viên phụ trách thôn."),
    L("Chủ trì: đồng chí Nông Văn Thái – Bí thư chi bộ; thư ký: đồng chí Diệp Thị Hoa."),
    P("Chi bộ nghe đồng chí Bí thư thông tin kế hoạch của huyện về lễ khai trương vụ thu hoạch và tiêu thụ vải thiều "
      "năm 2024; đánh giá kết quả tháng 4: lịch tuần tra mùa vải đã xây dựng xong; tổ hợp tác tiêu thụ vải được UBND "
      "xã cho phép thành lập với 24 hộ thành viên; 02 nhà sơ chế được sửa chữa. Đồng chí Hoàng Văn Tỉnh dự họp, tự "
      "nhận khuyết điểm trước chi bộ về việc vắng sinh hoạt hai kỳ liền không báo cáo và hứa khắc phục."),
    P("Nhiệm vụ tháng 5: chuẩn bị thu hoạch vải sớm; đăng ký mã số vùng trồng cho các vườn mới; giữ an ninh trật tự, "
      "phòng chống cháy nổ lò sấy."),
    P("Thảo luận: đồng chí Hoàng Văn Tỉnh phát biểu: \"Thời gian qua tôi đi làm thuê cho vườn vải ở xã bên, về muộn "
      "nên không đi họp, cũng không báo chi bộ. Tôi xin nhận khuyết điểm.\" Đồng chí Lâm Văn Sầu đề nghị chi bộ ghi "
      "nhận tinh thần cầu thị nhưng tiếp tục theo dõi. Đồng chí Diệp Văn Lợi hỏi về thủ tục đăng ký mã số vùng "
      "trồng; đồng chí Giáp Văn Cường trả lời: hộ nộp đơn qua tổ hợp tác, xã tổng hợp gửi Chi cục Trồng trọt và Bảo "
      "vệ thực vật tỉnh."),
    P("Kết luận: đồng chí Bí thư kết luận, chi bộ thống nhất với đánh giá tháng 4 và nhiệm vụ tháng 5; ghi nhận sự "
      "tiến bộ của đồng chí Hoàng Văn Tỉnh; các hộ đảng viên đi đầu thu hái vải đúng độ chín, không thu non."),
    P("Biểu quyết: tán thành 22/22, đạt 100%."),
    P("Phân công: Đồng chí Trần Đức Mạnh – tổ chức cho tổ hợp tác ký hợp đồng tiêu thụ với doanh nghiệp trước ngày "
      "31/5/2024. Đồng chí Diệp Văn Lợi – hướng dẫn các hộ làm hồ sơ mã số vùng trồng, hoàn thành trong tháng 5. "
      "Đồng chí Vũ Văn Khánh – kiểm tra an toàn phòng cháy các lò sấy vải hằng tuần."),
    P("Buổi sinh hoạt kết thúc hồi 21 giờ 15 phút. Biên bản đã đọc lại, thông qua."),
    SIGN12,
]

U12_4_T = minute(
    meeting("regular", "2024-05-10", "19:30", "21:15", "Nhà văn hóa thôn Nà Há", CELL12, COMM12),
    "Nông Văn Thái", "Bí thư chi bộ", "Diệp Thị Hoa",
    attendance(26, 22, 1, 1, 0, 3, [("Ngô Thị Thoa", "ốm, có báo", True)],
               [("Giáp Văn Cường", "Đảng ủy viên phụ trách thôn")]),
    True,
    [vote("Thông qua kết luận tháng 5", 22, None, None, 100)],
    [task("Trần Đức Mạnh", "tổ chức cho tổ hợp tác ký hợp đồng tiêu thụ với doanh nghiệp", "31/5/2024"),
     task("Diệp Văn Lợi", "hướng dẫn các hộ làm hồ sơ mã số vùng trồng", "tháng 5"),
     task("Vũ Văn Khánh", "kiểm tra an toàn phòng cháy các lò sấy vải", "hằng tuần")],
    [],
)

U12_5 = [
    _hd12("14", "6"),
    G(6),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2024"),
    G(4),
    L("Thời gian: 20 giờ 00, ngày 14/6/2024. Địa điểm: Nhà văn hóa thôn Nà Há."),
    L("Tổng số đảng viên 26, miễn sinh hoạt 03, phải dự 23. Có mặt: 19. Vắng: 04 đồng chí, gồm: Trần Đức Mạnh (đi "
      "giao vải cho doanh nghiệp ở Hà Nội), Lương Văn Quang (trực cân vải tại điểm thu mua), Ngô Thị Thoa (ốm), "
      "Hoàng Văn Tỉnh (không xin phép)."),
    L("Chủ trì: đồng chí Nông Văn Thái, Bí thư chi bộ. Thư ký: đồng chí Diệp Thị Hoa."),
    P("Đánh giá tháng 5 và nửa đầu tháng 6: vải sớm đã thu hoạch xong, giá 25–30 nghìn đồng/kg; vải chính vụ bắt đầu "
      "thu từ ngày 05/6, giá 15–22 nghìn đồng/kg; tổ hợp tác đã ký hợp đồng với 02 doanh nghiệp, tiêu thụ được 210 "
      "tấn; không xảy ra trộm cắp, cháy lò sấy. Hạn chế: ùn tắc xe tại điểm cân trên đường liên xã; vỏ, cành vải đổ "
      "ra lề đường; đồng chí Hoàng Văn Tỉnh lại vắng sinh hoạt không xin phép."),
    P("Nhiệm vụ tháng 6, tháng 7: tiêu thụ hết sản lượng vải chính vụ; bón phân phục hồi cây sau thu hoạch; xử lý rác "
      "thải mùa vải; chuẩn bị xem xét trách nhiệm đảng viên vi phạm theo Điều lệ Đảng."),
    P("Ý kiến: đồng chí Vũ Văn Khánh đề nghị phân luồng xe vào điểm cân theo giờ. Đồng chí Chu Thị Hằng cho biết Chi "
      "hội Phụ nữ nhận thu gom vỏ, cành vải để ủ làm phân. Đồng chí Lâm Văn Sầu: đồng chí Tỉnh đã vắng ba kỳ trong "
      "năm, đề nghị chi ủy hoàn thiện hồ sơ để chi bộ xem xét theo quy định."),
    P("Đồng chí Bí thư kết luận: chi bộ thống nhất đánh giá và nhiệm vụ đã nêu; tháng 7 tổ chức kiểm điểm, xem xét "
      "xử lý đối với đồng chí Hoàng Văn Tỉnh theo Điều lệ Đảng."),
    P("Chi bộ biểu quyết: 19/19 đồng chí tán thành."),
    P("Phân công: giao đồng chí Vũ Văn Khánh cùng công an viên thôn phân luồng xe vào điểm cân, thực hiện đến hết vụ "
      "vải; giao đồng chí Diệp Thị Hoa chuẩn bị hồ sơ, biên bản các kỳ vắng của đồng chí Hoàng Văn Tỉnh, trình chi "
      "ủy trước kỳ họp tháng 7."),
    P("Biên bản đã được đọc lại và thông qua lúc 21 giờ 40 phút cùng ngày."),
    SIGN12,
]

U12_5_T = minute(
    meeting("regular", "2024-06-14", "20:00", "21:40", "Nhà văn hóa thôn Nà Há", CELL12, COMM12),
    "Nông Văn Thái", "Bí thư chi bộ", "Diệp Thị Hoa",
    attendance(26, 19, 4, 3, 1, 3, [("Trần Đức Mạnh", "đi giao vải cho doanh nghiệp ở Hà Nội", True),
                                    ("Lương Văn Quang", "trực cân vải tại điểm thu mua", True),
                                    ("Ngô Thị Thoa", "ốm", True),
                                    ("Hoàng Văn Tỉnh", "không xin phép", False)]),
    True,
    [vote("Thông qua kết luận tháng 6", 19, None, None, None)],
    [task("Vũ Văn Khánh", "cùng công an viên thôn phân luồng xe vào điểm cân", "hết vụ vải"),
     task("Diệp Thị Hoa", "chuẩn bị hồ sơ, biên bản các kỳ vắng của đồng chí Hoàng Văn Tỉnh, trình chi ủy",
          "kỳ họp tháng 7")],
    ["low_attendance", "unexcused_absence"],
)


# --------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------

DOCS = [
    {"name": "u01-langson-nung-border-village-clean", "folder": "test",
     "style": {"family": "dejavu", "size": 12.5, "spacing": 1.3, "justify": True, "indent": 26, "left": 78,
               "right": 55, "top": 55, "bottom": 62, "foot": "- {n} -"},
     "minutes": [{"blocks": U01, "truth": U01_T}], "flags": []},
    {"name": "u02-hanoi-retirees-late-arrival-low-unexcused", "folder": "test",
     "style": {"family": "sans", "size": 12, "spacing": 1.25, "justify": False, "indent": 0, "left": 72,
               "right": 50, "top": 50, "bottom": 56, "foot": "Trang {n}/{N}"},
     "minutes": [{"blocks": U02, "truth": U02_T}], "flags": []},
    {"name": "u03-hanam-military-vote-never-taken", "folder": "test",
     "style": {"family": "serif", "size": 13, "spacing": 1.3, "justify": True, "indent": 30, "left": 82,
               "right": 52, "top": 56, "bottom": 60, "foot": "- {n} -"},
     "minutes": [{"blocks": U03, "truth": U03_T}], "flags": []},
    {"name": "u04-backan-forest-ranger-combined-120min-clean", "folder": "test",
     "style": {"family": "dvsans", "size": 10.5, "spacing": 1.35, "justify": True, "indent": 20, "left": 70,
               "right": 50, "top": 52, "bottom": 58, "foot": "Trang {n}/{N}"},
     "minutes": [{"blocks": U04, "truth": U04_T}], "flags": []},
    {"name": "u05-ninhbinh-cement-kiln-template-left-no-tasks", "folder": "test",
     "style": {"family": "serif", "size": 12, "spacing": 1.35, "justify": False, "indent": 0, "left": 75,
               "right": 55, "top": 55, "bottom": 60, "para_gap": 3, "foot": "{n}"},
     "minutes": [{"blocks": U05, "truth": U05_T}], "flags": []},
    {"name": "u06-hcm-student-cell-secret-ballot-clean", "folder": "test",
     "style": {"family": "sans", "size": 11.5, "spacing": 1.3, "justify": True, "indent": 22, "left": 74,
               "right": 52, "top": 56, "bottom": 58,
               "head": "Chi bộ Sinh viên – Biên bản sinh hoạt tháng 11/2024", "head_align": "right"},
     "minutes": [{"blocks": U06, "truth": U06_T}], "flags": []},
    {"name": "u07-quangnam-cotu-village-petitions-only", "folder": "test",
     "style": {"family": "serif", "size": 13.5, "spacing": 1.3, "justify": True, "indent": 32, "left": 80,
               "right": 55, "top": 55, "bottom": 60, "foot": "- {n} -"},
     "minutes": [{"blocks": U07, "truth": U07_T}], "flags": [],
     "scans": [{"name": "u13-quangnam-cotu-scan-photocopy", "folder": "test", "damage": "photocopy",
                "seed": 6107, "dpi": 250}]},
    {"name": "u08-baclieu-salt-coop-conclusion-deferred-85min", "folder": "test",
     "style": {"family": "dejavu", "size": 12, "spacing": 1.3, "justify": False, "indent": 24, "left": 76,
               "right": 52, "top": 55, "bottom": 60},
     "minutes": [{"blocks": U08, "truth": U08_T}], "flags": []},
    {"name": "u09-vungtau-seafood-company-unnamed-opinions", "folder": "test",
     "style": {"family": "serif", "size": 12.5, "spacing": 1.3, "justify": True, "indent": 28, "left": 80,
               "right": 55, "top": 55, "bottom": 60, "foot": "Trang {n}"},
     "minutes": [{"blocks": U09, "truth": U09_T}], "flags": []},
    {"name": "u10-nghean-neonatal-ward-clean", "folder": "test",
     "style": {"family": "serif", "size": 13, "spacing": 1.3, "justify": True, "indent": 30, "left": 82,
               "right": 55, "top": 55, "bottom": 62, "foot": "- {n} -"},
     "minutes": [{"blocks": U10, "truth": U10_T}], "flags": [],
     "scans": [{"name": "u14-nghean-neonatal-scan-moderate", "folder": "test", "damage": "moderate",
                "seed": 6110, "dpi": 200}]},
    {"name": "u11-tayninh-court-answers-no-conclusion", "folder": "test",
     "style": {"family": "sans", "size": 12, "spacing": 1.3, "justify": True, "indent": 24, "left": 78,
               "right": 52, "top": 55, "bottom": 60, "foot": "Trang {n}/{N}"},
     "minutes": [{"blocks": U11, "truth": U11_T}], "flags": []},
    {"name": "u12-bacgiang-lychee-village-book-feb-jun-2024", "folder": "test",
     "style": {"family": "serif", "size": 12.5, "spacing": 1.3, "justify": True, "indent": 26, "left": 78,
               "right": 52, "top": 58, "bottom": 60,
               "head": "Sổ biên bản sinh hoạt Chi bộ thôn Nà Há – năm 2024", "head_align": "right",
               "foot": "- {n} -"},
     "between": 30,
     "minutes": [{"blocks": U12_1, "truth": U12_1_T}, {"blocks": U12_2, "truth": U12_2_T},
                 {"blocks": U12_3, "truth": U12_3_T}, {"blocks": U12_4, "truth": U12_4_T},
                 {"blocks": U12_5, "truth": U12_5_T}],
     "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"]},
]
