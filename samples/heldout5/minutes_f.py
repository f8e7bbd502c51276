"""Held-out set 5, writer f (dev/): the Northern mountains and midlands, Quảng Ninh and Hà Nội's outer districts.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), the bench or
the other writers' minutes. Rendered by samples/heldout2/make.py (`build`). Names, places and figures are invented
or used loosely; the paperwork follows /work/shared/DOMAIN.md.

Files (name -> what varies -> minute flags / book flags):

- f01-dienbien-thai-village-words-clean -> Điện Biên, Thái bản cell; Serif 13 justified, "- n -" head on page 2;
  date and attendance in words ("hai mươi mốt ... mười chín trên ... một trăm phần trăm"), two exempt members named;
  a guest (Phó Chủ tịch UBND xã) who also speaks; opinions as direct quotes; "V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ" as a
  numbered list with the tasks folded into its points ("Giao đồng chí ... cùng tổ thủy lợi ...", "chịu trách
  nhiệm", "Chi hội Phụ nữ bản", "giao chi ủy", "Chi ủy chuẩn bị"); lunar deadlines "trước Tết Nguyên đán",
  "trước ngày 20 tháng Chạp"; "19/19 ... đạt 100%" -> —
- f02-phutho-credit-coop-combined-105min -> Phú Thọ people's credit fund; Sans 11.5 ragged, "Trang n/N"; regular +
  thematic combined ("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV" + "Chuyên đề:" line) held 14:00-15:45 (105 < 120); "-"
  fields; one absentee named in the count line; a guest; "Đ/c X (tổ ...) phát biểu:" opinions; run-in
  "Kết luận:"; "tán thành 11/11 (100%); không tán thành: 0; ý kiến khác: 0"; task table
  "TT | Người thực hiện | Nội dung công việc | Ghi chú" (assignee column second, two people in one cell, a group,
  a "Ghi chú" that holds the deadline or only a note) -> short_meeting
- f03-quangninh-coal-mine-low-no-vote -> Quảng Ninh coal-mine face workshop; DejaVu Sans 11 justified; "BIÊN BẢN
  HỌP CHI BỘ" + "Kỳ sinh hoạt tháng 10"; meeting after the shift; absentee table "TT | Họ và tên | Tổ sản xuất |
  Lý do" (all reasons excused); 23/27 present; speakers listed one line each with their job; "Đồng chí chủ trì
  tiếp thu các ý kiến và kết luận:" inside the discussion; tasks in prose ("Giao đ/c", "chịu trách nhiệm" with
  no deadline, two people, "hằng ca", "Công đoàn bộ phận"); the conclusion is never voted, only the minutes are
  approved -> low_attendance, missing_vote
- f04-hanoi-craft-village-conclusion-only-in-agenda -> Hà Nội (Chương Mỹ) rattan-and-bamboo craft village; DejaVu
  Serif 12; opening in prose; "Điều hành hội nghị" / "Ghi biên bản"; the agenda line reads "(3) Thảo luận, biểu
  quyết và kết luận" but no conclusion is ever written; discussion as question and answer; the month's tasks are
  voted "26/26 ... nhất trí (100%)"; "- Đ/c X phụ trách ..." task lines, a group ("Tổ an ninh thôn",
  "thường xuyên"), "trong tuần sau" -> missing_conclusion
- f05-hanoi-commune-police-roles-clean -> Hà Nội (Sóc Sơn) commune police; Serif 13.5 justified; numbered fields
  "1. ... 6." with "a) b) c)"; ranks before every name (guest, chair, secretary, signatures); "Quân số đảng viên:
  09/09"; opinions pointed at by role only ("Đồng chí Phó Trưởng Công an xã phụ trách an ninh nêu ..."); the
  conclusion is "Chi bộ thống nhất: ..." with no heading; tasks given by role only ("Đ/c Trưởng Công an xã chỉ
  đạo ...", "trước ngày khai giảng năm học 2024–2025") -> —
- f06-tuyenquang-tax-thematic-unnamed -> Tuyên Quang tax office; Sans 12 justified, no first-line indent; thematic
  "QUÝ III" + "Chuyên đề:"; the cell's name runs over two header lines; counts only ("vắng: 01 đồng chí (đi công
  tác ...)"); the topic is presented by the "Chi ủy"; "Có 03 ý kiến phát biểu" and "Một số ý kiến" with nobody
  named; conclusion under "3. Kết luận" ending in general calls ("Đề nghị các đồng chí đảng viên tiếp tục ...",
  "các bộ phận chuyên môn ...", "Từng đảng viên ..."); "Chi bộ nhất trí 100% với ..." -> no_discussion,
  missing_assignments
- f07-laocai-forestry-form-dots-not-approved -> Lào Cai state forestry company team (Dao, H'Mông, Tày, Kinh names);
  Serif 12 ragged; printed form: "Số: ……-BB/CB", "Khách mời: ……", "(Ký, ghi rõ họ tên)" under both signature
  titles; opinions in indirect speech; passive tasks ("được giao", "Giao cho Tổ bảo vệ rừng", "Giao cho đồng chí
  ... cùng kỹ thuật viên"), deadlines "trong tuần này", "sau vụ trồng rừng", "hằng ngày"; ends with the closing
  time only, never read back -> not_approved, unfilled_template
- f08-hagiang-hmong-village-abbrev-75min -> Hà Giang H'Mông village; Serif 14 ragged; a clerk's abbreviations
  ("CB", "ĐV", "miễn SH", "ĐUV phụ trách CB", "Ghi BB", "PN", "TN", "UBND"); "19h00" ... "Họp xong 20h15" (75 min);
  "Vắng: đ/c X, không lý do"; "* Phần 1. ..." run-in parts; "Kết luận (đ/c Bí thư CB):"; "+" task lines with two
  people per task and a partner ("cùng thầy giáo"), "trước mùa mưa", "hằng tháng", "kỳ họp tháng 4" ->
  short_meeting, unexcused_absence
- f09-phutho-muong-village-book-jul-nov-2024 -> minute BOOK of a Mường village cell (Phú Thọ), typewriter face
  (Liberation Mono 10), heavy abbreviations, running head from page 2 ("Sổ BB sinh hoạt CB xóm Chiềng - năm 2024",
  right-aligned), "- n -" at the bottom of every page; five minutes, every one after the first starts mid-page under
  the previous signatures:
    1. 06/7/2024 regular, "Vắng: đ/c Xa Văn Khuổng - không lý do" -> unexcused_absence
    2. 07/8/2024 regular, attendance and vote in words ("mười lăm/mười lăm"), total not written, numbered
       conclusion with tasks folded in, "sau vụ mùa", Q&A opinion; end time from "BB thông qua lúc 21h30" -> —
    3. 06/9/2024 regular (storm Yagi coming), "(không báo cáo)"; conclusion, no vote -> unexcused_absence,
       missing_vote
    4. 12/10/2024 regular combined with a thematic meeting, 07:30-10:00 (150 min), guest from HĐND xã, lunar
       deadline "ngày 20 tháng Mười âm lịch" -> —
    5. 08/11/2024 regular, absent without reason a third time, general calls only -> unexcused_absence,
       missing_assignments
  book -> no_thematic_in_quarter (Q3 2024 lies wholly inside Jul-Nov and has no thematic or combined meeting),
  repeated_absence (Xa Văn Khuổng: Jul, Sep, Nov); no missing_month (Jul ... Nov all have a regular meeting)
- f10-quangninh-mine-scan-moderate -> moderate scan of f03, 250 dpi -> as f03
- f11-socson-police-scan-photocopy -> photocopy scan of f05, 300 dpi -> as f05

Labelling decisions where the READMEs are silent:
- A task given to a role with no name ("Đ/c Trưởng Công an xã chỉ đạo ...", "Đ/c Phó Trưởng Công an xã phụ trách
  an ninh chủ trì ...") is an assignment; `assignee` is the role as written without "Đ/c", including the words that
  tell two deputies apart ("Phó Trưởng Công an xã phụ trách an ninh"). Likewise an opinion given by a role only
  counts as a recorded opinion (heldout4 rule), so f05 has no no_discussion.
- A "Ghi chú" column in a task table (f02, no "Thời hạn" column) gives the deadline when its cell holds a time
  expression, with the words in front dropped as usual ("Xong trước 30/11/2024" -> "30/11/2024", "Trước Tết
  Nguyên đán" -> "Tết Nguyên đán", "Hằng tuần báo cáo Giám đốc" -> "Hằng tuần", "Kỳ họp tháng 12" kept);
  a note with no time ("Phối hợp Ban kiểm soát") gives `deadline` null.
- Lunar and seasonal deadlines: "trước Tết Nguyên đán" -> "Tết Nguyên đán", "trước ngày 20 tháng Chạp" -> "ngày 20
  tháng Chạp", "trước rằm tháng Bảy" -> "rằm tháng Bảy", "trước mùa mưa" -> "mùa mưa", "trước ngày 20 tháng Mười
  âm lịch" -> "ngày 20 tháng Mười âm lịch", "trước ngày khai giảng năm học 2024–2025" -> "ngày khai giảng năm học
  2024–2025". "sau ..." is kept whole ("sau vụ mùa", "sau vụ trồng rừng"): dropping "sau" would turn the time
  around. "trước tối 7/9" -> "tối 7/9"; "trong ngày 7/9" -> "ngày 7/9".
- Abbreviations are labelled as written: `chair.role` "Bí thư CB" when the page writes "Bí thư CB" (f08, the book),
  guest role "ĐUV phụ trách CB", assignees "Chi đoàn TN thôn", "BCH Chi hội ND xóm", "Chi hội ND".
- A conclusion written as "Chi bộ thống nhất: <what the cell will do>" with no heading and no chair named (f05) is
  the cell's conclusion (`conclusion` true). The word "kết luận" in the agenda line alone (f04) is no conclusion.
- Numbered conclusion points: a point that names a member or a group is an assignment (the task is the part after
  the name, the deadline as usual); a point addressed to every member ("Mỗi ĐV ...", "mỗi đảng viên tự viết ...")
  is not. "Chi hội Phụ nữ nhận ..." said in the discussion (f09-1) is a volunteer, not an assignment.
- A group is an assignee as written ("Tổ cư trú", "Tổ an ninh thôn", "Công đoàn bộ phận", "Tổ bảo vệ rừng", "Chi ủy",
  lower-case "chi ủy" where the page writes "giao chi ủy ..."). A member and a group doing one task together ("Đ/c Hà
  Thị Nhung và Chi hội PN chuẩn bị ...", f09-3) give two assignments, like two members; "cùng <group or person>"
  after a named member stays a partner (words kept in the task).
- A minute whose last lines are only the signature block carried over to the next page (f09-1) spans both pages; the
  next minute starts under that signature block on the same page.
- A cell name that runs over two header lines (f06) is one value, its lines joined by a space (as for a topic).
- Attendance in words ("mười chín", "mười lăm/mười lăm") gives the numbers; "mười lăm/mười lăm đ/c phải dự (02 đ/c
  miễn SH)" with no total written gives total = 15 + 0 + 2. A vote "14/14 đ/c nhất trí" gives `for` 14 only; "Biểu
  quyết: mười lăm/mười lăm đ/c tán thành" gives `for` 15. An absentee's reason "(không báo cáo)" is unexcused.
- The presentation of a thematic topic by the cell committee or by a named deputy is not a discussion opinion;
  the f06 discussion is unnamed only, hence no_discussion there.
- A guest's remarks (f01, f02, f05) are recorded opinions but do not change any flag here (named members speak too).
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DOCS: list[dict] = []


# ---------------------------------------------------------------------------------------------------------------
# f01 - Điện Biên, Thái village, words, numbered conclusion with folded tasks. Clean.
F01_BLOCKS = [
    HD(["ĐẢNG BỘ XÃ THANH XƯƠNG", "CHI BỘ BẢN PÁ NGUA", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Xương, ngày 06 tháng 12 năm 2024"]),
    G(6),
    C("BIÊN BẢN", size=15),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 12 NĂM 2024"),
    G(8),
    P("Hôm nay, vào hồi tám giờ sáng ngày mùng sáu tháng mười hai năm hai nghìn không trăm hai mươi tư, tại nhà văn "
      "hóa bản Pá Ngua, Chi bộ bản Pá Ngua tiến hành sinh hoạt thường kỳ tháng 12 năm 2024."),
    P("Tổng số đảng viên của chi bộ: hai mươi mốt đồng chí. Được miễn sinh hoạt: hai đồng chí (đồng chí Lò Văn Pánh "
      "và đồng chí Quàng Thị Xiêm, tuổi cao, sức yếu). Số đảng viên phải dự: mười chín đồng chí; có mặt: mười chín "
      "đồng chí, trong đó có một đảng viên dự bị; đạt một trăm phần trăm."),
    P("Dự và chỉ đạo có đồng chí Lường Văn Thoại, Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã."),
    P("Chủ trì: đồng chí Cà Văn Hoan, Bí thư chi bộ, Trưởng bản. Thư ký: đồng chí Tòng Thị Nga, chi ủy viên."),
    H("I. THÔNG TIN THỜI SỰ, PHỔ BIẾN VĂN BẢN"),
    P("Đồng chí Bí thư thông tin kết quả Kỳ họp thứ 8 Quốc hội khóa XV; phổ biến Kế hoạch của Đảng ủy xã về kiểm "
      "điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2024; thông báo lịch nhận giống ngô, khoai "
      "tây vụ đông của Trạm Khuyến nông huyện."),
    H("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11"),
    P("Cả bản đã thu hoạch xong 100% diện tích lúa mùa (52 ha), năng suất bình quân ước đạt 58 tạ/ha, cao hơn vụ "
      "mùa năm trước khoảng 3 tạ/ha. Các hộ đã làm đất được 14 ha vụ đông, chủ yếu trồng ngô và khoai tây. Đàn "
      "trâu, bò được tiêm phòng lở mồm long móng đợt 2 đạt 96%. Bản hoàn thành thu quỹ phòng, chống thiên tai và "
      "quỹ Vì người nghèo. Không có vụ việc mất an ninh trật tự; tổ hòa giải đã giải quyết xong 01 vụ tranh chấp "
      "bờ ruộng giữa hai hộ."),
    P("Hạn chế: còn 09 hộ nhốt gia súc dưới gầm nhà sàn, chưa làm chuồng riêng; một số hộ thả rông trâu, bò sau thu "
      "hoạch, gây thiệt hại hoa màu; đoạn mương nội đồng phía dưới bản bị sạt lở sau trận mưa lớn tháng 9 chưa "
      "được khắc phục."),
    H("III. NHIỆM VỤ TRỌNG TÂM THÁNG 12"),
    P("Đẩy nhanh tiến độ gieo trồng vụ đông; chủ động phòng, chống đói rét cho gia súc; khắc phục đoạn mương sạt lở "
      "để kịp nước cho vụ chiêm xuân; chuẩn bị tốt các điều kiện đón Tết Nguyên đán Ất Tỵ 2025; tổ chức kiểm điểm "
      "cuối năm theo hướng dẫn của Đảng ủy xã."),
    H("IV. Ý KIẾN THẢO LUẬN"),
    P("Đồng chí Lò Văn Hặc (nhóm hộ chăn nuôi) phát biểu: “Năm nay rét về sớm hơn mọi năm. Đề nghị chi bộ nhắc các "
      "hộ che chắn chuồng kín gió, dự trữ rơm khô, không để trâu bò lên núi qua đêm khi trời xuống dưới 12 độ.”"),
    P("Đồng chí Quàng Văn Ỏn nêu ý kiến: “Đoạn mương sạt dài gần 40 mét, nếu không đắp lại trước khi đổ ải thì hơn "
      "chục ha ruộng phía dưới bản sẽ thiếu nước. Bản cần huy động ngày công của các hộ hưởng lợi, xin thêm xi "
      "măng của xã.”"),
    P("Đồng chí Lò Thị Hương (Chi hội trưởng Chi hội Phụ nữ) cho biết: “Chi hội có mười hai chị em dệt thổ cẩm, đã "
      "có hàng để bán dịp Tết. Mong chi bộ đề nghị xã giới thiệu các chị tham gia gian hàng ở chợ phiên huyện.”"),
    P("Đồng chí Lường Văn Thoại, Phó Chủ tịch UBND xã, ghi nhận các ý kiến và cho biết xã sẽ hỗ trợ 5 tấn xi măng "
      "cho công trình mương của bản."),
    H("V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
    P("Sau khi nghe các ý kiến thảo luận, đồng chí Cà Văn Hoan thay mặt chi ủy kết luận; chi bộ thống nhất tập "
      "trung lãnh đạo bốn việc trong tháng 12 như sau:"),
    P("1. Đẩy nhanh gieo trồng vụ đông, phấn đấu đạt 20 ha. Giao đồng chí Quàng Văn Ỏn cùng tổ thủy lợi bản huy "
      "động ngày công của các hộ hưởng lợi, nạo vét và đắp lại đoạn mương sạt lở, xong trước Tết Nguyên đán."),
    P("2. Phòng, chống đói rét cho đàn gia súc. Đồng chí Lò Văn Hặc chịu trách nhiệm đến từng hộ kiểm tra chuồng "
      "trại, hướng dẫn dự trữ thức ăn; trong những đợt rét đậm báo cáo chi ủy hằng tuần."),
    P("3. Chuẩn bị đón Tết vui tươi, an toàn, tiết kiệm. Chi hội Phụ nữ bản vận động hội viên dọn vệ sinh đường "
      "bản, ngõ xóm, hoàn thành trước ngày 20 tháng Chạp; giao chi ủy làm văn bản đề nghị xã giới thiệu các hộ dệt "
      "thổ cẩm tham gia chợ phiên huyện."),
    P("4. Tổ chức kiểm điểm cuối năm nghiêm túc, đúng hướng dẫn. Chi ủy chuẩn bị báo cáo kiểm điểm tập thể chi bộ, "
      "trình chi bộ tại kỳ họp tháng 01/2025; mỗi đảng viên tự viết bản kiểm điểm cá nhân theo mẫu."),
    P("Chi bộ biểu quyết thông qua kết luận: 19/19 đồng chí tán thành, đạt 100%."),
    P("Buổi sinh hoạt kết thúc hồi 10 giờ 30 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ; các đồng chí dự "
      "họp nhất trí thông qua."),
    S(["THƯ KÝ", "", "", "Tòng Thị Nga"], ["T/M CHI BỘ", "BÍ THƯ", "", "Cà Văn Hoan"]),
]

DOCS.append({
    "name": "f01-dienbien-thai-village-words-clean",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "serif", "size": 13, "justify": True, "left": 80, "right": 55, "spacing": 1.3,
              "head": "- {n} -"},
    "minutes": [{
        "blocks": F01_BLOCKS,
        "truth": minute(
            meeting("regular", "2024-12-06", "08:00", "10:30", "nhà văn hóa bản Pá Ngua", "CHI BỘ BẢN PÁ NGUA",
                    "ĐẢNG BỘ XÃ THANH XƯƠNG"),
            "Cà Văn Hoan", "Bí thư chi bộ", "Tòng Thị Nga",
            attendance(21, 19, 0, 0, 0, 2,
                       guests=[("Lường Văn Thoại", "Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã")]),
            True,
            [vote("Thông qua kết luận của đồng chí chủ trì", 19, pct=100)],
            [task("Quàng Văn Ỏn", "cùng tổ thủy lợi bản huy động ngày công của các hộ hưởng lợi, nạo vét và đắp lại "
                  "đoạn mương sạt lở", "Tết Nguyên đán"),
             task("Lò Văn Hặc", "đến từng hộ kiểm tra chuồng trại, hướng dẫn dự trữ thức ăn; trong những đợt rét đậm "
                  "báo cáo chi ủy", "hằng tuần"),
             task("Chi hội Phụ nữ bản", "vận động hội viên dọn vệ sinh đường bản, ngõ xóm", "ngày 20 tháng Chạp"),
             task("chi ủy", "làm văn bản đề nghị xã giới thiệu các hộ dệt thổ cẩm tham gia chợ phiên huyện", None),
             task("Chi ủy", "chuẩn bị báo cáo kiểm điểm tập thể chi bộ, trình chi bộ", "kỳ họp tháng 01/2025")],
            []),
    }],
    "flags": [],
    "scans": [],
})


# ---------------------------------------------------------------------------------------------------------------
# f02 - Phú Thọ credit fund, regular + thematic in 105 minutes, "Ghi chú" task table.
TASK_COLS_F02 = [(0.07, "TT", "c"), (0.25, "Người thực hiện", "l"), (0.42, "Nội dung công việc", "l"),
                 (0.26, "Ghi chú", "l")]
F02_BLOCKS = [
    HD(["ĐẢNG BỘ XÃ HÙNG LÔ", "CHI BỘ QUỸ TÍN DỤNG", "NHÂN DÂN HÙNG LÔ", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hùng Lô, ngày 14 tháng 11 năm 2024"], bold_left=(1, 2)),
    G(6),
    C("BIÊN BẢN", size=14),
    C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11/2024"),
    C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV"),
    C("Chuyên đề: Nâng cao chất lượng thẩm định cho vay và thu hồi nợ gắn với trách nhiệm nêu gương của đảng viên",
      bold=False, italic=True),
    G(6),
    L("- Thời gian: từ 14 giờ 00 phút đến 15 giờ 45 phút, ngày 14/11/2024."),
    L("- Địa điểm: Hội trường tầng 2, trụ sở Quỹ tín dụng nhân dân Hùng Lô."),
    L("- Thành phần: tổng số đảng viên 12 đồng chí (chính thức 11, dự bị 01). Có mặt 11/12 đồng chí; vắng 01 đồng "
      "chí: đ/c Phan Thị Lụa – đi tập huấn nghiệp vụ tại Ngân hàng Hợp tác xã chi nhánh Phú Thọ."),
    L("- Đại biểu dự: đ/c Nguyễn Văn Tĩnh – Phó Bí thư Đảng ủy xã."),
    L("- Chủ trì: đ/c Trần Văn Khải – Bí thư chi bộ, Giám đốc Quỹ. Thư ký: đ/c Bùi Thị Mến – kế toán viên."),
    G(4),
    H("PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ"),
    H("1. Kết quả hoạt động tháng 10/2024"),
    P("Đến 31/10/2024, tổng nguồn vốn hoạt động đạt 186,4 tỷ đồng, tăng 4,1% so với đầu năm; dư nợ cho vay 152,7 tỷ "
      "đồng với 1.318 thành viên còn dư nợ. Nợ quá hạn 2,86 tỷ đồng, chiếm 1,87% tổng dư nợ, vượt giới hạn 1,5% mà "
      "Đại hội thành viên đã đề ra. Thu lãi đạt 91% kế hoạch tháng. Quỹ đã giải ngân 4,2 tỷ đồng cho 63 hộ vay "
      "vốn chăn nuôi, mua giống chè và giống bưởi."),
    P("Tồn tại: một số khoản vay thẩm định chưa kỹ, tài sản bảo đảm được định giá cao hơn thực tế; việc đôn đốc thu "
      "nợ ở khu 3 và khu 5 còn chậm; còn 02 hồ sơ vay thiếu chữ ký của người cùng chịu trách nhiệm trả nợ."),
    H("2. Nhiệm vụ tháng 11/2024"),
    P("Tập trung thu hồi nợ quá hạn, đưa tỷ lệ nợ quá hạn về dưới 1,5% trước khi khóa sổ cuối năm; tăng cường huy "
      "động tiền gửi tiết kiệm dịp cuối năm; rà soát, chỉnh lý hồ sơ tín dụng; chuẩn bị kiểm điểm, đánh giá, xếp "
      "loại đảng viên năm 2024."),
    H("PHẦN THỨ HAI: SINH HOẠT CHUYÊN ĐỀ"),
    P("Đ/c Đỗ Minh Tuấn, Phó Giám đốc Quỹ, trình bày chuyên đề, chỉ ra ba nhóm nguyên nhân dẫn đến nợ quá hạn: thẩm "
      "định còn hình thức, chưa đánh giá đúng phương án sản xuất của hộ vay; cán bộ tín dụng ngại va chạm khi đôn "
      "đốc thu nợ; một số đảng viên chưa thật sự gương mẫu khi đứng ra bảo lãnh cho người thân vay vốn. Chuyên đề đề "
      "xuất năm giải pháp, trong đó mỗi đảng viên là cán bộ tín dụng đăng ký chỉ tiêu thu nợ cụ thể."),
    H("Thảo luận"),
    P("Đ/c Hà Văn Lộc (tổ tín dụng địa bàn khu 3, khu 5) phát biểu: trong 37 khoản nợ quá hạn có 11 khoản của hộ "
      "nuôi lợn bị thiệt hại do dịch tả lợn châu Phi đầu năm; đề nghị Quỹ phân loại riêng để xem xét gia hạn, tránh "
      "dồn khách hàng vào thế khó."),
    P("Đ/c Nguyễn Đức Cường (cán bộ tín dụng) phát biểu: bản thân nhận thiếu sót khi thẩm định hai khoản vay tháng "
      "5, chưa xuống tận nơi kiểm tra chuồng trại; xin nhận trách nhiệm đôn đốc thu hồi dứt điểm hai khoản này."),
    P("Đ/c Nguyễn Thị Thu Hằng (Trưởng Ban kiểm soát) phát biểu: đề nghị từ tháng 12 việc định giá tài sản bảo đảm "
      "phải có hai người cùng ký; Ban kiểm soát sẽ kiểm tra xác suất 10% hồ sơ giải ngân mỗi tháng."),
    P("Đ/c Nguyễn Văn Tĩnh, Phó Bí thư Đảng ủy xã, đánh giá chuyên đề được chuẩn bị công phu, sát thực tế; đề nghị "
      "chi bộ gắn kết quả thu hồi nợ với đánh giá, xếp loại đảng viên cuối năm."),
    P("Kết luận: Đồng chí chủ trì tiếp thu ý kiến của đại biểu và các đảng viên; chi bộ thống nhất kết quả tháng 10, "
      "nhiệm vụ tháng 11 và năm giải pháp nêu trong chuyên đề; yêu cầu đưa tỷ lệ nợ quá hạn về dưới 1,5% tại thời "
      "điểm 31/12/2024; không giải ngân mới các khoản vay có tài sản bảo đảm chưa được định giá lại theo quy định."),
    P("Biểu quyết: tán thành 11/11 đồng chí (100%); không tán thành: 0; ý kiến khác: 0."),
    H("Phân công thực hiện:"),
    T(TASK_COLS_F02, [
        ["1", "Đ/c Đỗ Minh Tuấn", "Rà soát 37 khoản nợ quá hạn, lập phương án thu hồi cho từng khách hàng",
         "Xong trước 30/11/2024"],
        ["2", "Đ/c Hà Văn Lộc, đ/c Nguyễn Đức Cường", "Trực tiếp làm việc với các hộ vay nợ quá hạn ở khu 3, khu 5",
         "Hằng tuần báo cáo Giám đốc"],
        ["3", "Tổ kế toán – ngân quỹ", "Đối chiếu số dư tiền gửi, tính lãi dự chi cuối năm",
         "Phối hợp Ban kiểm soát"],
        ["4", "Đ/c Bùi Thị Mến", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Hà Thu Trang vào Đảng",
         "Trước Tết Nguyên đán"],
        ["5", "Chi ủy", "Chuẩn bị nội dung kiểm điểm, đánh giá, xếp loại đảng viên năm 2024", "Kỳ họp tháng 12"],
    ]),
    P("Cuộc họp kết thúc lúc 15 giờ 45 phút cùng ngày. Biên bản được đọc lại trước chi bộ, 11/11 đồng chí nhất trí "
      "thông qua."),
    S(["THƯ KÝ", "", "", "Bùi Thị Mến"], ["CHỦ TRÌ", "BÍ THƯ CHI BỘ", "", "Trần Văn Khải"]),
]

DOCS.append({
    "name": "f02-phutho-credit-coop-combined-105min",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "sans", "size": 11.5, "justify": False, "spacing": 1.35, "left": 78, "right": 56,
              "indent": 22, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": F02_BLOCKS,
        "truth": minute(
            meeting("regular", "2024-11-14", "14:00", "15:45", "Hội trường tầng 2, trụ sở Quỹ tín dụng nhân dân Hùng Lô",
                    "CHI BỘ QUỸ TÍN DỤNG NHÂN DÂN HÙNG LÔ", "ĐẢNG BỘ XÃ HÙNG LÔ",
                    topic="Nâng cao chất lượng thẩm định cho vay và thu hồi nợ gắn với trách nhiệm nêu gương của "
                          "đảng viên"),
            "Trần Văn Khải", "Bí thư chi bộ", "Bùi Thị Mến",
            attendance(12, 11, 1, 1, 0, 0,
                       absentees=[("Phan Thị Lụa", "đi tập huấn nghiệp vụ tại Ngân hàng Hợp tác xã chi nhánh Phú Thọ",
                                   True)],
                       guests=[("Nguyễn Văn Tĩnh", "Phó Bí thư Đảng ủy xã")]),
            True,
            [vote("Thông qua kết luận sinh hoạt thường kỳ kết hợp chuyên đề", 11, 0, 0, 100)],
            [task("Đỗ Minh Tuấn", "Rà soát 37 khoản nợ quá hạn, lập phương án thu hồi cho từng khách hàng",
                  "30/11/2024"),
             task("Hà Văn Lộc", "Trực tiếp làm việc với các hộ vay nợ quá hạn ở khu 3, khu 5", "Hằng tuần"),
             task("Nguyễn Đức Cường", "Trực tiếp làm việc với các hộ vay nợ quá hạn ở khu 3, khu 5", "Hằng tuần"),
             task("Tổ kế toán – ngân quỹ", "Đối chiếu số dư tiền gửi, tính lãi dự chi cuối năm", None),
             task("Bùi Thị Mến", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Hà Thu Trang vào Đảng",
                  "Tết Nguyên đán"),
             task("Chi ủy", "Chuẩn bị nội dung kiểm điểm, đánh giá, xếp loại đảng viên năm 2024", "Kỳ họp tháng 12")],
            ["short_meeting"]),
    }],
    "flags": [],
    "scans": [],
})


# ---------------------------------------------------------------------------------------------------------------
# f03 - Quảng Ninh coal mine: absentee table, low attendance, conclusion never voted.
ABS_COLS_F03 = [(0.08, "TT", "c"), (0.32, "Họ và tên", "l"), (0.22, "Tổ sản xuất", "l"), (0.38, "Lý do", "l")]
F03_BLOCKS = [
    HD(["ĐẢNG ỦY CÔNG TY THAN VÀNG DANH", "CHI BỘ PHÂN XƯỞNG KHAI THÁC 5", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Uông Bí, ngày 22 tháng 10 năm 2024"], size=10),
    G(6),
    C("BIÊN BẢN HỌP CHI BỘ", size=13),
    C("Kỳ sinh hoạt tháng 10 năm 2024", bold=False, italic=True),
    G(6),
    L("Thời gian: bắt đầu lúc 13 giờ 30 phút ngày 22/10/2024 (sau giao ca 1)."),
    L("Địa điểm: phòng giao ca Phân xưởng Khai thác 5."),
    L("Chủ trì: đ/c Phạm Văn Hưng – Bí thư chi bộ, Quản đốc phân xưởng."),
    L("Thư ký: đ/c Hoàng Thị Duyên – nhân viên kinh tế phân xưởng."),
    L("Đảng viên của chi bộ: 27 đồng chí; có mặt: 23 đồng chí; vắng: 04 đồng chí, cụ thể như sau:"),
    T(ABS_COLS_F03, [
        ["1", "Vũ Văn Thắng", "Lò chợ 3", "Đang trực ca 2"],
        ["2", "Nguyễn Văn Hiệp", "Vận tải lò", "Ốm, điều trị tại bệnh viện"],
        ["3", "Lê Quang Huy", "Cơ điện", "Nghỉ phép năm"],
        ["4", "Đào Văn Sáng", "Lò chợ 1", "Đi học trung cấp chính trị"],
    ]),
    H("I. THÔNG TIN"),
    P("Đồng chí Bí thư phổ biến chỉ thị của Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam về tăng cường công tác an "
      "toàn trong mùa mưa bão và chỉ đạo của Đảng ủy Công ty về đẩy mạnh sản xuất quý IV, phấn đấu hoàn thành kế "
      "hoạch năm 2024."),
    H("II. KẾT QUẢ THÁNG 9"),
    P("Phân xưởng khai thác được 38.560 tấn than nguyên khai, đạt 102,3% kế hoạch; đào 412 mét lò chuẩn bị, đạt 98%. "
      "Thu nhập bình quân của thợ lò đạt 21,6 triệu đồng/người/tháng. Không để xảy ra sự cố an toàn lao động nghiêm "
      "trọng."),
    P("Hạn chế: trong tháng có 02 trường hợp công nhân vi phạm quy trình vận hành máng cào, đã bị lập biên bản; băng "
      "tải số 2 dừng 14 giờ do đứt băng, ảnh hưởng sản lượng ca 3; tỷ lệ công nhân nghỉ việc không lý do còn 1,8%."),
    H("III. NHIỆM VỤ THÁNG 10"),
    P("Giữ vững sản lượng bình quân 1.450 tấn/ngày; củng cố lò chợ 3 trước khi vào khu vực có phay phá; kiểm tra, "
      "thay thế thiết bị băng tải; kèm cặp công nhân mới vào lò; làm tốt công tác tư tưởng, không để công nhân bỏ "
      "việc dịp cuối năm."),
    H("IV. THẢO LUẬN"),
    L("Các ý kiến tham gia:"),
    L("- Đ/c Vũ Đình Khánh (tổ trưởng lò chợ 3): khu vực phay phá dự kiến gặp khoảng ngày 10/11, đề nghị bổ sung 20 "
      "vì chống thủy lực trước khi khấu qua.", hang=10),
    L("- Đ/c Trần Quốc Toản (phó quản đốc cơ điện): con lăn băng tải số 2 đã mòn quá nửa, cần thay toàn tuyến; vật "
      "tư trong kho Công ty đã có.", hang=10),
    L("- Đ/c Ngô Thị Hạnh (chủ tịch công đoàn bộ phận): công nhân phản ánh suất ăn giữa ca bị nguội khi đưa xuống "
      "lò, đề nghị làm việc với nhà ăn.", hang=10),
    L("- Đ/c Lương Văn Tới: tháng 10 phân xưởng nhận 06 công nhân mới ra trường, đề nghị giao thợ lâu năm là đảng "
      "viên kèm cặp trực tiếp.", hang=10),
    P("Đồng chí chủ trì tiếp thu các ý kiến và kết luận: chi bộ thống nhất với đánh giá kết quả tháng 9 và nhiệm vụ "
      "tháng 10; an toàn là điều kiện tiên quyết, không chạy theo sản lượng khi chưa củng cố xong lò chợ 3; mọi vi "
      "phạm quy trình phải được xử lý và kiểm điểm trước tổ."),
    H("V. PHÂN CÔNG"),
    P("Giao đ/c Trần Quốc Toản chỉ đạo tổ cơ điện thay con lăn, kiểm tra toàn tuyến băng tải số 2, xong trước ngày "
      "31/10/2024."),
    P("Đ/c Vũ Đình Khánh chịu trách nhiệm củng cố lò chợ 3, nhận và lắp đặt đủ 20 vì chống thủy lực bổ sung."),
    P("Đ/c Lương Văn Tới và đ/c Đinh Công Bằng trực tiếp kèm cặp 06 công nhân mới, hằng ca kiểm tra việc chấp hành "
      "quy trình."),
    P("Công đoàn bộ phận làm việc với nhà ăn Công ty để cải thiện suất ăn giữa ca, báo cáo chi bộ tại kỳ họp tháng "
      "11."),
    P("Cuộc họp kết thúc lúc 15 giờ 15 phút cùng ngày. Biên bản đã được đọc lại cho các đồng chí dự họp nghe và nhất "
      "trí thông qua."),
    S(["NGƯỜI GHI BIÊN BẢN", "", "", "Hoàng Thị Duyên"], ["CHỦ TRÌ", "", "", "Phạm Văn Hưng"]),
]

DOCS.append({
    "name": "f03-quangninh-coal-mine-low-no-vote",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "dvsans", "size": 11, "justify": True, "spacing": 1.3, "left": 76, "right": 54, "indent": 24},
    "minutes": [{
        "blocks": F03_BLOCKS,
        "truth": minute(
            meeting("regular", "2024-10-22", "13:30", "15:15", "phòng giao ca Phân xưởng Khai thác 5",
                    "CHI BỘ PHÂN XƯỞNG KHAI THÁC 5", "ĐẢNG ỦY CÔNG TY THAN VÀNG DANH"),
            "Phạm Văn Hưng", "Bí thư chi bộ", "Hoàng Thị Duyên",
            attendance(27, 23, 4, 4, 0, 0, absentees=[
                ("Vũ Văn Thắng", "Đang trực ca 2", True),
                ("Nguyễn Văn Hiệp", "Ốm, điều trị tại bệnh viện", True),
                ("Lê Quang Huy", "Nghỉ phép năm", True),
                ("Đào Văn Sáng", "Đi học trung cấp chính trị", True)]),
            True,
            [],
            [task("Trần Quốc Toản", "chỉ đạo tổ cơ điện thay con lăn, kiểm tra toàn tuyến băng tải số 2",
                  "31/10/2024"),
             task("Vũ Đình Khánh", "củng cố lò chợ 3, nhận và lắp đặt đủ 20 vì chống thủy lực bổ sung", None),
             task("Lương Văn Tới", "trực tiếp kèm cặp 06 công nhân mới, hằng ca kiểm tra việc chấp hành quy trình",
                  "hằng ca"),
             task("Đinh Công Bằng", "trực tiếp kèm cặp 06 công nhân mới, hằng ca kiểm tra việc chấp hành quy trình",
                  "hằng ca"),
             task("Công đoàn bộ phận", "làm việc với nhà ăn Công ty để cải thiện suất ăn giữa ca",
                  "kỳ họp tháng 11")],
            ["low_attendance", "missing_vote"]),
    }],
    "flags": [],
    "scans": [{"name": "f10-quangninh-mine-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 5101,
               "dpi": 250}],
})


# ---------------------------------------------------------------------------------------------------------------
# f04 - Hà Nội craft village: "kết luận" only in the agenda line.
F04_BLOCKS = [
    HD(["ĐẢNG BỘ XÃ PHÚ NGHĨA", "CHI BỘ THÔN PHÚ VINH", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Nghĩa, ngày 09 tháng 4 năm 2024"]),
    G(6),
    C("BIÊN BẢN SINH HOẠT CHI BỘ"),
    C("Tháng 4 năm 2024", bold=False),
    G(6),
    P("Vào lúc 19 giờ 30 phút ngày 09/4/2024, tại Nhà văn hóa thôn Phú Vinh, Chi bộ thôn Phú Vinh họp phiên thường "
      "kỳ tháng 4 năm 2024."),
    P("Đảng viên toàn chi bộ: 32 đồng chí, trong đó được miễn sinh hoạt 05 đồng chí. Có mặt 26/27 đồng chí phải dự; "
      "vắng 01 đồng chí có lý do (đ/c Nguyễn Văn Bảo, ốm)."),
    P("Điều hành hội nghị: đồng chí Đặng Văn Thuyết, Bí thư chi bộ, Trưởng thôn. Ghi biên bản: đồng chí Lê Thị Hồng "
      "Nhung, chi ủy viên."),
    P("Nội dung sinh hoạt: (1) Thông tin thời sự; (2) Đánh giá kết quả tháng 3, triển khai nhiệm vụ tháng 4; (3) Thảo "
      "luận, biểu quyết và kết luận."),
    H("1. Thông tin thời sự"),
    P("Đồng chí Bí thư thông tin về Hội chợ làng nghề và sản phẩm OCOP của thành phố tổ chức trong tháng 5; Kế hoạch "
      "của UBND huyện Chương Mỹ về xử lý ô nhiễm môi trường tại các làng nghề; lịch tiếp công dân của đại biểu HĐND "
      "xã trước kỳ họp giữa năm."),
    H("2. Kết quả tháng 3 và nhiệm vụ tháng 4"),
    P("Trong tháng 3, các hộ làm nghề trong thôn xuất được 41 công-te-nơ hàng mây tre đan, giảm 15% so với cùng kỳ do "
      "đơn hàng từ châu Âu chậm lại; tiền công của thợ đan giữ ở mức 180–220 nghìn đồng/ngày. Thôn đã vận động 05 hộ "
      "chuyển lò sấy lưu huỳnh sang lò hơi; còn 07 hộ vẫn sấy bằng lưu huỳnh ngay trong khu dân cư. Tình trạng đốt "
      "vỏ mây, phế liệu tre ngoài cánh đồng vẫn xảy ra, nhất là về đêm. Chi đoàn đã ra quân trồng 200 cây xanh dọc "
      "đường trục thôn."),
    P("Nhiệm vụ tháng 4: tiếp tục vận động chuyển đổi lò sấy; chấm dứt việc đốt phế liệu ngoài đồng; hoàn thiện hồ "
      "sơ sản phẩm tham gia đánh giá OCOP năm 2024; chuẩn bị hàng tham gia Hội chợ làng nghề; chăm sóc lúa xuân."),
    H("3. Thảo luận"),
    P("Đ/c Nguyễn Thị Lan hỏi: các hộ sấy lưu huỳnh đều nói chưa có tiền làm lò hơi, vậy xã có hỗ trợ gì không, và "
      "bao giờ cụm công nghiệp làng nghề được giao đất?"),
    P("Đ/c Bí thư trả lời: xã đang lập danh sách đề nghị huyện hỗ trợ 30% kinh phí làm lò hơi cho các hộ chuyển đổi "
      "trong năm 2024; cụm công nghiệp mới xong giải phóng mặt bằng giai đoạn 1, dự kiến cuối năm mới giao đất."),
    P("Đ/c Phạm Văn Đức ý kiến: phế liệu mây tre mỗi ngày thải ra vài tấn, cấm đốt thì phải có chỗ tập kết; đề nghị "
      "thôn bố trí bãi tạm ở khu đất công điểm bơm cũ và thuê xe chở đi hằng tuần."),
    P("Đ/c Trần Văn Hòa (tổ trưởng tổ an ninh) cho biết tổ đã lập biên bản nhắc nhở 03 trường hợp đốt phế liệu, nhưng "
      "người vi phạm chủ yếu đốt sau 22 giờ nên khó phát hiện."),
    P("Chi bộ biểu quyết thông qua nhiệm vụ tháng 4: 26/26 đồng chí dự họp nhất trí (100%)."),
    L("Phân công thực hiện:", bold=True),
    L("- Đ/c Phạm Văn Đức phụ trách vận động 07 hộ còn sấy lưu huỳnh ký cam kết chuyển sang lò hơi, xong trước ngày "
      "30/4/2024.", hang=10),
    L("- Tổ an ninh thôn bố trí tuần tra ban đêm, ngăn chặn việc đốt phế liệu ngoài cánh đồng; thường xuyên.", hang=10),
    L("- Đ/c Lê Thị Hồng Nhung làm hồ sơ đăng ký sản phẩm lọ hoa mây đan tham gia đánh giá OCOP năm 2024, nộp UBND xã "
      "trước 15/5/2024.", hang=10),
    L("- Chi đoàn thanh niên dọn mặt bằng bãi tập kết phế liệu ở khu điểm bơm cũ, xong trong tuần sau.", hang=10),
    P("Hội nghị kết thúc hồi 21 giờ 30 phút cùng ngày. Biên bản đã được đọc lại, các đồng chí dự họp nhất trí thông "
      "qua."),
    S(["NGƯỜI GHI BIÊN BẢN", "", "", "Lê Thị Hồng Nhung"], ["BÍ THƯ CHI BỘ", "", "", "Đặng Văn Thuyết"]),
]

DOCS.append({
    "name": "f04-hanoi-craft-village-conclusion-only-in-agenda",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "dejavu", "size": 12, "justify": True, "spacing": 1.3, "left": 80, "right": 55, "indent": 24},
    "minutes": [{
        "blocks": F04_BLOCKS,
        "truth": minute(
            meeting("regular", "2024-04-09", "19:30", "21:30", "Nhà văn hóa thôn Phú Vinh", "CHI BỘ THÔN PHÚ VINH",
                    "ĐẢNG BỘ XÃ PHÚ NGHĨA"),
            "Đặng Văn Thuyết", "Bí thư chi bộ", "Lê Thị Hồng Nhung",
            attendance(32, 26, 1, 1, 0, 5, absentees=[("Nguyễn Văn Bảo", "ốm", True)]),
            False,
            [vote("Thông qua nhiệm vụ tháng 4", 26, pct=100)],
            [task("Phạm Văn Đức", "vận động 07 hộ còn sấy lưu huỳnh ký cam kết chuyển sang lò hơi", "30/4/2024"),
             task("Tổ an ninh thôn", "bố trí tuần tra ban đêm, ngăn chặn việc đốt phế liệu ngoài cánh đồng",
                  "thường xuyên"),
             task("Lê Thị Hồng Nhung", "làm hồ sơ đăng ký sản phẩm lọ hoa mây đan tham gia đánh giá OCOP năm 2024, "
                  "nộp UBND xã", "15/5/2024"),
             task("Chi đoàn thanh niên", "dọn mặt bằng bãi tập kết phế liệu ở khu điểm bơm cũ", "tuần sau")],
            ["missing_conclusion"]),
    }],
    "flags": [],
    "scans": [],
})


# ---------------------------------------------------------------------------------------------------------------
# f05 - Hà Nội (Sóc Sơn) commune police: ranks, opinions and tasks by role only. Clean.
F05_BLOCKS = [
    HD(["ĐẢNG BỘ CÔNG AN HUYỆN SÓC SƠN", "CHI BỘ CÔNG AN XÃ MINH PHÚ", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Minh Phú, ngày 15 tháng 8 năm 2024"], size=11),
    G(6),
    C("BIÊN BẢN", size=14.5),
    C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 8/2024"),
    G(8),
    L("1. Thời gian: 07 giờ 30 phút, ngày 15/8/2024."),
    L("2. Địa điểm: Hội trường trụ sở Công an xã Minh Phú."),
    L("3. Thành phần:"),
    L("- Quân số đảng viên: 09/09 đồng chí (01 đảng viên dự bị).", indent=18),
    L("- Đại biểu: Thượng tá Nguyễn Hữu Quang, Phó Bí thư Đảng ủy Công an huyện.", indent=18),
    L("- Chủ trì: Thiếu tá Đỗ Văn Toàn, Bí thư chi bộ, Trưởng Công an xã.", indent=18),
    L("- Thư ký: Trung úy Kiều Thị Thanh Xuân.", indent=18),
    L("4. Nội dung:"),
    L("a) Tình hình, kết quả công tác tháng 7/2024", italic=True),
    P("Tình hình an ninh chính trị trên địa bàn ổn định. Về trật tự xã hội, xảy ra 03 vụ trộm cắp tài sản (02 vụ trộm "
      "xe máy tại khu nhà trọ gần đường vào khu công nghiệp, 01 vụ trộm gia cầm tại thôn Lai Cách), đã làm rõ 02 vụ; "
      "bắt quả tang 01 vụ đánh bạc với 06 đối tượng, chuyển Công an huyện xử lý. Tiếp nhận 04 tin báo bị lừa đảo "
      "qua mạng, thiệt hại khoảng 310 triệu đồng. Thu nhận hồ sơ cấp căn cước cho 412 trường hợp; kích hoạt định danh "
      "điện tử mức 2 đạt 87% số công dân từ 14 tuổi trở lên."),
    P("Hạn chế: nắm tình hình ở khu vực nhà trọ công nhân còn chưa sâu; tuyên truyền phòng, chống lừa đảo chưa đến "
      "được nhóm người cao tuổi; một số hồ sơ cư trú còn sai sót, phải bổ sung."),
    L("b) Nhiệm vụ tháng 8/2024", italic=True),
    P("Bảo đảm tuyệt đối an ninh, an toàn dịp kỷ niệm 79 năm Cách mạng Tháng Tám, Quốc khánh 2/9 và Tết Trung thu; "
      "mở đợt cao điểm tấn công, trấn áp tội phạm; tiếp tục tuyên truyền phòng, chống lừa đảo trên không gian mạng; "
      "hoàn thành thu nhận hồ sơ cấp căn cước cho học sinh trước năm học mới; kiểm tra phòng cháy, chữa cháy tại các "
      "cơ sở kinh doanh có nhà trọ."),
    L("c) Ý kiến thảo luận", italic=True),
    P("Đồng chí Phó Trưởng Công an xã phụ trách an ninh nêu: các đối tượng lừa đảo hiện giả danh cán bộ công an gọi "
      "điện yêu cầu cài ứng dụng “cập nhật căn cước”; đề nghị đưa nội dung này lên loa truyền thanh của 08 thôn mỗi "
      "tuần hai lần."),
    P("Đồng chí Phó Trưởng Công an xã phụ trách trật tự đề nghị phối hợp với chủ các khu nhà trọ lập danh sách người "
      "thuê trọ, kiểm tra tạm trú định kỳ, vì phần lớn các vụ trộm xe máy trong tháng do đối tượng thuê trọ gây ra."),
    P("Đồng chí Tổ trưởng tổ cư trú cho biết còn khoảng 150 học sinh từ đủ 14 tuổi chưa làm căn cước, chủ yếu ở hai "
      "trường trung học cơ sở; đề nghị tổ chức thu nhận lưu động tại trường."),
    P("Thượng tá Nguyễn Hữu Quang phát biểu chỉ đạo, đề nghị chi bộ quan tâm giáo dục chính trị tư tưởng cho cán bộ "
      "trẻ, giữ nghiêm điều lệnh trong tiếp xúc với nhân dân."),
    P("Chi bộ thống nhất: tập trung lãnh đạo bảo đảm an ninh trật tự dịp Quốc khánh 2/9 và Tết Trung thu; đặt trọng "
      "tâm vào địa bàn nhà trọ và phòng, chống lừa đảo qua mạng; mỗi cán bộ, đảng viên bám địa bàn phụ trách, kịp "
      "thời báo cáo tình hình."),
    P("Biểu quyết: 09/09 đồng chí tán thành, đạt tỷ lệ 100%."),
    L("5. Phân công nhiệm vụ:"),
    L("- Đ/c Trưởng Công an xã chỉ đạo xây dựng kế hoạch cao điểm tấn công, trấn áp tội phạm dịp Quốc khánh 2/9, ban "
      "hành trước ngày 20/8/2024.", indent=18),
    L("- Đ/c Phó Trưởng Công an xã phụ trách an ninh chủ trì tuyên truyền phòng, chống lừa đảo trên không gian mạng "
      "tại 08 thôn, hằng tuần.", indent=18),
    L("- Đ/c Phó Trưởng Công an xã phụ trách trật tự cùng công an viên phụ trách thôn rà soát, kiểm tra tạm trú tại "
      "các khu nhà trọ, xong trong tháng 8.", indent=18),
    L("- Tổ cư trú tổ chức thu nhận hồ sơ căn cước lưu động tại hai trường trung học cơ sở, hoàn thành trước ngày "
      "khai giảng năm học 2024–2025.", indent=18),
    L("6. Buổi sinh hoạt kết thúc lúc 09 giờ 40 phút cùng ngày. Biên bản đã được đọc lại, 09/09 đồng chí nhất trí "
      "thông qua và lập thành 02 bản."),
    S(["THƯ KÝ", "", "", "Trung úy Kiều Thị Thanh Xuân"], ["BÍ THƯ CHI BỘ", "", "", "Thiếu tá Đỗ Văn Toàn"]),
]

DOCS.append({
    "name": "f05-hanoi-commune-police-roles-clean",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "serif", "size": 13.5, "justify": True, "spacing": 1.25, "left": 82, "right": 56,
              "indent": 30, "head": "{n}", "head_align": "right"},
    "minutes": [{
        "blocks": F05_BLOCKS,
        "truth": minute(
            meeting("regular", "2024-08-15", "07:30", "09:40", "Hội trường trụ sở Công an xã Minh Phú",
                    "CHI BỘ CÔNG AN XÃ MINH PHÚ", "ĐẢNG BỘ CÔNG AN HUYỆN SÓC SƠN"),
            "Đỗ Văn Toàn", "Bí thư chi bộ", "Kiều Thị Thanh Xuân",
            attendance(9, 9, 0, 0, 0, 0, guests=[("Nguyễn Hữu Quang", "Phó Bí thư Đảng ủy Công an huyện")]),
            True,
            [vote("Thông qua nội dung chi bộ thống nhất", 9, pct=100)],
            [task("Trưởng Công an xã", "chỉ đạo xây dựng kế hoạch cao điểm tấn công, trấn áp tội phạm dịp Quốc khánh "
                  "2/9, ban hành", "20/8/2024"),
             task("Phó Trưởng Công an xã phụ trách an ninh", "chủ trì tuyên truyền phòng, chống lừa đảo trên không gian "
                  "mạng tại 08 thôn", "hằng tuần"),
             task("Phó Trưởng Công an xã phụ trách trật tự", "cùng công an viên phụ trách thôn rà soát, kiểm tra tạm "
                  "trú tại các khu nhà trọ", "tháng 8"),
             task("Tổ cư trú", "tổ chức thu nhận hồ sơ căn cước lưu động tại hai trường trung học cơ sở",
                  "ngày khai giảng năm học 2024–2025")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "f11-socson-police-scan-photocopy", "folder": "dev", "damage": "photocopy", "seed": 5102,
               "dpi": 300}],
})


# ---------------------------------------------------------------------------------------------------------------
# f06 - Tuyên Quang tax office, thematic; unnamed opinions; general calls only.
F06_BLOCKS = [
    HD(["ĐẢNG BỘ CỤC THUẾ TỈNH TUYÊN QUANG", "CHI BỘ CHI CỤC THUẾ KHU VỰC", "YÊN SƠN – HÀM YÊN", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tuyên Quang, ngày 19 tháng 9 năm 2024"], bold_left=(1, 2), size=10.5),
    G(8),
    C("BIÊN BẢN"),
    C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024"),
    C("Chuyên đề: Phòng, chống lãng phí, tiêu cực trong quản lý hoàn thuế và thu hồi nợ thuế", bold=False,
      italic=True),
    G(8),
    P("Hồi 14 giờ 00 phút ngày 19/9/2024, tại phòng họp Chi cục Thuế khu vực Yên Sơn – Hàm Yên, Chi bộ tổ chức sinh "
      "hoạt chuyên đề quý III năm 2024."),
    P("Tổng số đảng viên: 18 đồng chí. Có mặt: 17 đồng chí; vắng: 01 đồng chí (đi công tác tại Cục Thuế tỉnh)."),
    P("Chủ trì: đồng chí Ma Thị Hải Yến – Bí thư chi bộ, Chi cục trưởng. Thư ký: đồng chí Nông Quốc Khánh – chi ủy "
      "viên."),
    H("1. Trình bày chuyên đề"),
    P("Chi ủy trình bày dự thảo chuyên đề đã gửi trước đến các đảng viên. Chuyên đề nêu: 8 tháng đầu năm, Chi cục đã "
      "giải quyết 46 hồ sơ hoàn thuế giá trị gia tăng với số tiền 2,9 tỷ đồng, không có hồ sơ quá hạn; tổng nợ thuế "
      "đến 31/8/2024 là 38,5 tỷ đồng, trong đó nợ khó thu 11,2 tỷ đồng, tập trung ở các doanh nghiệp chế biến gỗ "
      "rừng trồng và khai thác cát, sỏi."),
    P("Những biểu hiện lãng phí, tiêu cực cần phòng ngừa: kéo dài thời gian kiểm tra hồ sơ để gây khó khăn; nể nang, "
      "chậm áp dụng biện pháp cưỡng chế nợ; hướng dẫn người nộp thuế không thống nhất giữa các bộ phận. Chuyên đề đề "
      "ra bốn nhóm giải pháp: công khai quy trình và thời hạn giải quyết hồ sơ; đẩy mạnh thủ tục điện tử, hạn chế "
      "tiếp xúc trực tiếp; định kỳ luân chuyển công chức ở vị trí nhạy cảm; gắn kết quả thu nợ với đánh giá, xếp "
      "loại cuối năm."),
    H("2. Thảo luận"),
    P("Có 03 ý kiến phát biểu, tập trung vào các nội dung: việc áp dụng biện pháp cưỡng chế đối với các doanh nghiệp "
      "khai thác cát, sỏi trên sông Lô còn nể nang; thời gian kiểm tra trước hoàn thuế của một số hồ sơ kéo dài sát "
      "thời hạn quy định; đề nghị công khai số điện thoại đường dây nóng của Chi cục tại bộ phận một cửa."),
    P("Một số ý kiến cho rằng cần luân chuyển công chức làm công tác quản lý nợ đã ở một địa bàn trên 5 năm, tránh phát "
      "sinh quan hệ không trong sáng với người nộp thuế."),
    H("3. Kết luận"),
    P("Đồng chí chủ trì kết luận: chi bộ thống nhất với nội dung chuyên đề và các giải pháp đã nêu. Đề nghị các đồng "
      "chí đảng viên tiếp tục nghiên cứu, liên hệ với vị trí công tác của bản thân, không để xảy ra hành vi nhũng "
      "nhiễu, gây phiền hà cho người nộp thuế; các bộ phận chuyên môn rà soát lại quy trình giải quyết hồ sơ hoàn "
      "thuế, tăng cường đôn đốc thu nợ trong những tháng cuối năm. Từng đảng viên viết bản cam kết tu dưỡng, rèn "
      "luyện gắn với nội dung chuyên đề."),
    P("Chi bộ nhất trí 100% với nội dung chuyên đề và kết luận của đồng chí chủ trì."),
    P("Buổi sinh hoạt chuyên đề kết thúc lúc 16 giờ 00 phút cùng ngày. Biên bản đã được đọc lại và được các đồng chí "
      "dự họp nhất trí thông qua."),
    S(["THƯ KÝ", "", "", "Nông Quốc Khánh"], ["T/M CHI ỦY", "BÍ THƯ", "", "Ma Thị Hải Yến"]),
]

DOCS.append({
    "name": "f06-tuyenquang-tax-thematic-unnamed",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "sans", "size": 12, "justify": True, "spacing": 1.3, "left": 80, "right": 55, "indent": 0,
              "para_gap": 5},
    "minutes": [{
        "blocks": F06_BLOCKS,
        "truth": minute(
            meeting("thematic", "2024-09-19", "14:00", "16:00", "phòng họp Chi cục Thuế khu vực Yên Sơn – Hàm Yên",
                    "CHI BỘ CHI CỤC THUẾ KHU VỰC YÊN SƠN – HÀM YÊN", "ĐẢNG BỘ CỤC THUẾ TỈNH TUYÊN QUANG",
                    topic="Phòng, chống lãng phí, tiêu cực trong quản lý hoàn thuế và thu hồi nợ thuế"),
            "Ma Thị Hải Yến", "Bí thư chi bộ", "Nông Quốc Khánh",
            attendance(18, 17, 1, 1, 0, 0),
            True,
            [vote("Nhất trí với nội dung chuyên đề và kết luận", pct=100)],
            [],
            ["missing_assignments", "no_discussion"]),
    }],
    "flags": [],
    "scans": [],
})


# ---------------------------------------------------------------------------------------------------------------
# f07 - Lào Cai forestry company, printed form with dots, not read back.
F07_BLOCKS = [
    HD(["ĐẢNG ỦY CÔNG TY LÂM NGHIỆP VĂN BÀN", "CHI BỘ ĐỘI SẢN XUẤT SỐ 2", "Số: ……-BB/CB"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Văn Bàn, ngày 12 tháng 6 năm 2024"], size=10.5),
    G(6),
    C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13.5),
    C("Tháng 06 năm 2024", bold=False),
    G(6),
    L("Thời gian bắt đầu: 08 giờ 00 phút, ngày 12 tháng 6 năm 2024."),
    L("Địa điểm: Nhà làm việc Đội sản xuất số 2, xã Liêm Phú."),
    L("Tổng số đảng viên: 15 đồng chí. Có mặt: 14 đồng chí. Vắng: 01 đồng chí (có lý do: 01; không lý do: 0)."),
    L("Họ tên đảng viên vắng mặt: Sùng A Páo – đi tuần tra bảo vệ rừng tiểu khu 318."),
    L("Đảng viên được miễn sinh hoạt: không."),
    L("Khách mời: ……"),
    L("Chủ trì: Hoàng Văn Lự; chức vụ: Bí thư chi bộ, Đội trưởng."),
    L("Thư ký: Bàn Thị Mẩy; chức vụ: chi ủy viên, kế toán đội."),
    H("I. NỘI DUNG SINH HOẠT"),
    L("1. Đánh giá kết quả tháng 5/2024", italic=True),
    P("Đội đã khai thác 2.140 m³ gỗ keo rừng trồng, đạt 104% kế hoạch tháng; chuẩn bị hiện trường trồng rừng 45 ha "
      "tại tiểu khu 312; vườn ươm xuất 98.000 cây keo lai mô đạt tiêu chuẩn. Tổ chức 26 lượt tuần tra bảo vệ rừng, "
      "không để xảy ra cháy rừng; phát hiện 01 vụ khai thác trái phép 1,2 m³ gỗ, đã phối hợp Hạt Kiểm lâm lập biên "
      "bản. Đời sống của công nhân và các hộ nhận khoán ổn định."),
    P("Hạn chế: tiến độ phát dọn thực bì ở tiểu khu 312 chậm do mưa sớm; một số hộ nhận khoán người Dao, người Mông ở "
      "thôn Nậm Dạng chưa nắm rõ quy định chăm sóc rừng sau trồng; hồ sơ nghiệm thu khoán năm 2023 còn 12 hộ chưa ký "
      "đủ."),
    L("2. Phương hướng tháng 6/2024", italic=True),
    P("Tập trung trồng mới 45 ha keo trong thời vụ mưa; trồng dặm diện tích rừng năm 2023 có tỷ lệ sống dưới 85%; duy "
      "trì tuần tra, phòng cháy, chữa cháy rừng; hoàn thiện hồ sơ nghiệm thu khoán; quan tâm đời sống công nhân và hộ "
      "nhận khoán."),
    H("II. THẢO LUẬN"),
    P("Đồng chí Triệu Văn Phin cho rằng keo lai mô đợt này bộ rễ còn yếu, nếu trồng gặp nắng hạn kéo dài thì tỷ lệ "
      "sống sẽ thấp, vì vậy đề nghị chỉ trồng sau những trận mưa đã đủ ẩm đất và bón lót phân vi sinh."),
    P("Đồng chí Lý Seo Chẩn phản ánh đường lên tiểu khu 318 bị sạt, xe chở cây giống không vào được, anh em tổ bảo "
      "vệ rừng phải gùi bộ gần 3 cây số; đề nghị đội thuê máy san gạt trước khi trồng."),
    P("Đồng chí Bàn Thị Mẩy nêu: nhiều hộ nhận khoán không biết chữ, khi ký hồ sơ cần cán bộ đọc và giải thích bằng "
      "tiếng Dao, tiếng Mông để bà con hiểu rõ quyền lợi, nghĩa vụ của mình."),
    H("III. KẾT LUẬN CỦA CHỦ TRÌ"),
    P("Chi bộ nhất trí với đánh giá kết quả tháng 5 và phương hướng tháng 6. Trồng rừng là nhiệm vụ trọng tâm; phải "
      "trồng đúng thời vụ, đúng kỹ thuật, không chạy theo tiến độ mà bỏ qua chất lượng cây giống. Bảo vệ rừng, phòng "
      "cháy rừng phải làm thường xuyên, gắn trách nhiệm của từng tổ."),
    L("Số đảng viên tán thành: 14/14 đồng chí; không tán thành: 0."),
    H("IV. PHÂN CÔNG THỰC HIỆN"),
    P("Đồng chí Triệu Văn Phin được giao chỉ đạo trồng mới 45 ha keo tại tiểu khu 312, xong trước 31/7/2024."),
    P("Đồng chí Lý Seo Chẩn được giao liên hệ thuê máy san gạt, sửa đường lên tiểu khu 318, xong trong tuần này."),
    P("Giao cho Tổ bảo vệ rừng tuần tra, canh lửa rừng hằng ngày."),
    P("Giao cho đồng chí Bàn Thị Mẩy cùng kỹ thuật viên lâm sinh hoàn thiện hồ sơ nghiệm thu khoán, trực tiếp đọc và "
      "giải thích cho từng hộ trước khi ký; hoàn thành sau vụ trồng rừng."),
    L("Buổi sinh hoạt kết thúc lúc 10 giờ 00 phút cùng ngày."),
    S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Bàn Thị Mẩy"], ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Hoàng Văn Lự"]),
]

DOCS.append({
    "name": "f07-laocai-forestry-form-dots-not-approved",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "serif", "size": 12, "justify": False, "spacing": 1.35, "left": 78, "right": 60, "indent": 20},
    "minutes": [{
        "blocks": F07_BLOCKS,
        "truth": minute(
            meeting("regular", "2024-06-12", "08:00", "10:00", "Nhà làm việc Đội sản xuất số 2, xã Liêm Phú",
                    "CHI BỘ ĐỘI SẢN XUẤT SỐ 2", "ĐẢNG ỦY CÔNG TY LÂM NGHIỆP VĂN BÀN"),
            "Hoàng Văn Lự", "Bí thư chi bộ", "Bàn Thị Mẩy",
            attendance(15, 14, 1, 1, 0, 0,
                       absentees=[("Sùng A Páo", "đi tuần tra bảo vệ rừng tiểu khu 318", True)]),
            True,
            [vote("Tán thành kết luận của chủ trì", 14, 0)],
            [task("Triệu Văn Phin", "chỉ đạo trồng mới 45 ha keo tại tiểu khu 312", "31/7/2024"),
             task("Lý Seo Chẩn", "liên hệ thuê máy san gạt, sửa đường lên tiểu khu 318", "tuần này"),
             task("Tổ bảo vệ rừng", "tuần tra, canh lửa rừng", "hằng ngày"),
             task("Bàn Thị Mẩy", "cùng kỹ thuật viên lâm sinh hoàn thiện hồ sơ nghiệm thu khoán, trực tiếp đọc và giải "
                  "thích cho từng hộ trước khi ký", "sau vụ trồng rừng")],
            ["not_approved", "unfilled_template"]),
    }],
    "flags": [],
    "scans": [],
})


# ---------------------------------------------------------------------------------------------------------------
# f08 - Hà Giang H'Mông village, a clerk's abbreviations, 75 minutes, one absent without reason.
F08_BLOCKS = [
    HD(["ĐẢNG BỘ XÃ LŨNG CÚ", "CHI BỘ THÔN SÉO LỦNG", "*"],
       ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lũng Cú, ngày 08 tháng 3 năm 2024"], size=12),
    G(4),
    C("BIÊN BẢN"),
    C("Họp chi bộ thường kỳ tháng 3 năm 2024"),
    G(6),
    L("- Thời gian: bắt đầu 19h00 ngày 08/3/2024."),
    L("- Địa điểm: nhà văn hóa thôn Séo Lủng."),
    L("- CB có 14 ĐV, 01 ĐV miễn SH (đ/c Vàng Mí Lầu, 82 tuổi). Có mặt 12/13 ĐV phải dự."),
    L("- Vắng: đ/c Giàng Mí Chứ, không lý do."),
    L("- Dự có đ/c Nông Văn Thắng, ĐUV phụ trách CB."),
    L("- Chủ trì: đ/c Vàng Seo Sình, Bí thư CB. Ghi BB: đ/c Sùng Thị Dí."),
    L("* Phần 1. Đ/c Bí thư thông tin, đánh giá tháng 2:"),
    P("Tết Nguyên đán Giáp Thìn diễn ra an toàn, không có vụ việc phức tạp; thôn đón trên 1.200 lượt khách lên cột "
      "cờ Lũng Cú, 04 hộ làm homestay có thu nhập khá. Đã vận động được 21/27 hộ góp ngày công làm đường bê tông ngõ "
      "xóm theo chương trình nông thôn mới của UBND xã. Học sinh trở lại trường sau Tết đạt 98%; còn 02 em gái lớp 8 "
      "nghỉ học ở nhà. Hạn chế: còn 06 hộ chưa góp công làm đường; 01 trường hợp tảo hôn mới phát hiện, đã báo xã "
      "can thiệp; chuẩn bị đất trồng ngô vụ xuân còn chậm."),
    L("* Phần 2. Nhiệm vụ tháng 3:"),
    P("Làm đất, trồng ngô xuân xong trước 30/3; hoàn thành đoạn đường bê tông còn lại; vận động học sinh đi học đều; "
      "giữ vệ sinh đường lên cột cờ; phòng chống cháy rừng mùa khô; tuyên truyền Luật Hôn nhân và gia đình, phòng "
      "chống ma túy."),
    L("* Phần 3. Thảo luận:"),
    P("Đ/c Giàng Seo Pao (tổ 2) phát biểu: 06 hộ chưa góp công đều là hộ nghèo, lao động chính đi làm thuê xa chưa "
      "về; đề nghị CB cho các hộ này góp công bù vào tháng 4."),
    P("Đ/c Thào Mí Lử ý kiến: giống ngô xã cấp về muộn, đất ở thôn đang khô, nếu không có mưa thì phải lùi lịch trồng "
      "sang đầu tháng 4."),
    P("Đ/c Sùng Thị Dí (Chi hội trưởng PN) phát biểu: hai em gái bỏ học là do gia đình muốn cho đi lấy chồng; Chi hội "
      "đã đến nhà 2 lần nhưng bố mẹ chưa nghe, đề nghị có đ/c trong CB và thầy cô cùng đến."),
    L("* Phần 4. Kết luận (đ/c Bí thư CB):"),
    P("CB thống nhất đánh giá tháng 2 và nhiệm vụ tháng 3 như trên; tập trung làm đường bê tông và trồng ngô; kiên "
      "quyết không để xảy ra tảo hôn trong thôn; mọi ĐV phải vận động được gia đình, dòng họ mình chấp hành."),
    L("Biểu quyết: 12/12 ĐV nhất trí (100%)."),
    L("* Phân công:"),
    L("+ Đ/c Vàng Seo Sình và đ/c Thào Mí Lử vận động 06 hộ còn lại góp công làm đường, xong trước mùa mưa."),
    L("+ Chi đoàn TN thôn dọn rác dọc đường lên cột cờ, hằng tháng."),
    L("+ Đ/c Sùng Thị Dí và đ/c Giàng Seo Pao cùng thầy giáo điểm trường Séo Lủng đến nhà hai em gái bỏ học vận động "
      "trở lại lớp, báo cáo CB kỳ họp tháng 4."),
    L("BB đọc lại, 12/12 ĐV nhất trí thông qua. Họp xong 20h15 cùng ngày."),
    S(["THƯ KÝ", "", "", "Sùng Thị Dí"], ["BÍ THƯ", "", "", "Vàng Seo Sình"]),
]

DOCS.append({
    "name": "f08-hagiang-hmong-village-abbrev-75min",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "serif", "size": 14, "justify": False, "spacing": 1.25, "left": 78, "right": 50,
              "indent": 20, "foot": "- {n} -"},
    "minutes": [{
        "blocks": F08_BLOCKS,
        "truth": minute(
            meeting("regular", "2024-03-08", "19:00", "20:15", "nhà văn hóa thôn Séo Lủng", "CHI BỘ THÔN SÉO LỦNG",
                    "ĐẢNG BỘ XÃ LŨNG CÚ"),
            "Vàng Seo Sình", "Bí thư CB", "Sùng Thị Dí",
            attendance(14, 12, 1, 0, 1, 1, absentees=[("Giàng Mí Chứ", "không lý do", False)],
                       guests=[("Nông Văn Thắng", "ĐUV phụ trách CB")]),
            True,
            [vote("Nhất trí đánh giá tháng 2 và nhiệm vụ tháng 3", 12, pct=100)],
            [task("Vàng Seo Sình", "vận động 06 hộ còn lại góp công làm đường", "mùa mưa"),
             task("Thào Mí Lử", "vận động 06 hộ còn lại góp công làm đường", "mùa mưa"),
             task("Chi đoàn TN thôn", "dọn rác dọc đường lên cột cờ", "hằng tháng"),
             task("Sùng Thị Dí", "cùng thầy giáo điểm trường Séo Lủng đến nhà hai em gái bỏ học vận động trở lại lớp",
                  "kỳ họp tháng 4"),
             task("Giàng Seo Pao", "cùng thầy giáo điểm trường Séo Lủng đến nhà hai em gái bỏ học vận động trở lại lớp",
                  "kỳ họp tháng 4")],
            ["short_meeting", "unexcused_absence"]),
    }],
    "flags": [],
    "scans": [],
})


# ---------------------------------------------------------------------------------------------------------------
# f09 - minute book of a Mường village cell, Phú Thọ, Jul-Nov 2024, typewriter face.
BOOK_CELL, BOOK_COMMITTEE = "CHI BỘ XÓM CHIỀNG", "ĐẢNG BỘ XÃ KIỆT SƠN"


def _book_header(date_line: str):
    return HD([BOOK_COMMITTEE, BOOK_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", date_line], size=9.5)


B1 = [
    _book_header("Kiệt Sơn, ngày 06 tháng 7 năm 2024"),
    C("BIÊN BẢN SINH HOẠT CB THƯỜNG KỲ THÁNG 7/2024"),
    G(4),
    L("Thời gian: 19h30 ngày 06/7/2024. Địa điểm: nhà văn hóa xóm Chiềng."),
    L("Tổng số ĐV: 17 đ/c; miễn SH: 02 đ/c (đ/c Đinh Văn Pượng, đ/c Hà Thị Sen). Có mặt: 14/15 đ/c. Vắng: đ/c Xa Văn "
      "Khuổng - không lý do."),
    L("Chủ trì: đ/c Đinh Văn Hòa - Bí thư CB. Thư ký: đ/c Hà Thị Nhung - Phó Bí thư CB."),
    L("1. Thông tin:"),
    P("Đ/c Bí thư phổ biến NQ của BCH Đảng bộ xã về nhiệm vụ 6 tháng cuối năm 2024; thông báo của UBND xã về phòng "
      "chống lũ ống, lũ quét, sạt lở đất trong mùa mưa bão. Đ/c Phó Bí thư thông tin thời sự: kết quả Kỳ họp thứ 7 "
      "Quốc hội khóa XV; tình hình mưa lũ ở các tỉnh miền núi phía Bắc đầu tháng 7; lịch tiêm phòng vắc xin cho đàn "
      "trâu, bò đợt 1 năm 2024 của Trạm Chăn nuôi và Thú y huyện."),
    L("2. Đánh giá tháng 6:"),
    P("Xóm cấy xong 100% diện tích lúa mùa (31 ha); trồng mới 12 ha keo, 3 ha chè; thu quỹ quốc phòng an ninh đạt "
      "90%. Tổ chức thành công lễ tổng kết năm học cho 46 cháu học sinh, trao 12 suất quà của quỹ khuyến học dòng "
      "họ Đinh, dòng họ Hà. Chi đoàn ra quân phát quang 2 km đường liên xóm. Hạn chế: 02 hộ còn thả rông trâu; đường "
      "xuống khe Chiềng bị sạt chưa khắc phục; vệ sinh chuồng trại chưa thường xuyên."),
    L("3. Nhiệm vụ tháng 7:"),
    P("Chăm sóc lúa mùa, bón thúc đúng thời vụ; phòng chống lũ, sạt lở, phân công ĐV theo dõi các hộ ở vùng có nguy "
      "cơ; vận động 02 hộ thả rông làm chuồng; hoàn thành thu quỹ; chuẩn bị nội dung cho ĐV dự học tập chuyên đề năm "
      "2024 do Đảng ủy xã tổ chức."),
    L("4. Thảo luận:"),
    L("- Đ/c Bùi Văn Lực: đoạn đường xuống khe Chiềng sạt 15m, đề nghị huy động thanh niên làm trước khi mưa to."),
    L("- Đ/c Phùng Thị Hà (Chi hội trưởng PN): Chi hội nhận vận động 02 hộ thả rông trâu làm chuồng."),
    L("- Đ/c Đinh Công Sơn: cần nhắc các hộ sát chân đồi Mít có phương án di dời khi mưa lớn kéo dài."),
    L("- Đ/c Lê Văn Minh: quỹ quốc phòng an ninh còn 09 hộ chưa nộp, phần lớn là hộ có người đi làm ăn xa, đề nghị "
      "BCH Chi hội ND đến từng nhà đôn đốc."),
    L("- Đ/c Bùi Thị Nguyệt: nhà văn hóa xóm dột 2 gian, mùa mưa không dùng làm nơi sơ tán được, đề nghị báo xã "
      "hỗ trợ tấm lợp."),
    L("5. Kết luận:"),
    P("Đ/c Bí thư KL: CB thống nhất nhiệm vụ tháng 7 như dự thảo; ưu tiên phòng chống lũ, sạt lở, bảo đảm an toàn "
      "tính mạng, tài sản của nhân dân."),
    L("Biểu quyết: 14/14 đ/c nhất trí."),
    L("6. Phân công:"),
    L("- Giao đ/c Bùi Văn Lực cùng Chi đoàn TN huy động ngày công sửa đường xuống khe Chiềng, xong trước rằm tháng "
      "Bảy."),
    L("- Đ/c Đinh Công Sơn lập danh sách các hộ ở chân đồi Mít, phối hợp BCH quân sự xã xây dựng phương án di dời, "
      "trong tháng 7."),
    L("- BCH Chi hội ND xóm đôn đốc thu quỹ quốc phòng an ninh còn lại, hoàn thành trước 31/7/2024."),
    L("Họp kết thúc 21h45. BB đọc lại, các đ/c nhất trí thông qua."),
    S(["THƯ KÝ", "", "Hà Thị Nhung"], ["BÍ THƯ", "", "Đinh Văn Hòa"]),
]

B2 = [
    _book_header("Kiệt Sơn, ngày 07 tháng 8 năm 2024"),
    C("BIÊN BẢN SINH HOẠT CB THƯỜNG KỲ THÁNG 8/2024"),
    G(4),
    L("Thời gian: 19h30 ngày 07/8/2024, tại nhà văn hóa xóm Chiềng."),
    L("ĐV có mặt: mười lăm/mười lăm đ/c phải dự (02 đ/c miễn SH), đạt 100%."),
    L("Chủ trì: đ/c Đinh Văn Hòa, Bí thư CB; thư ký: đ/c Hà Thị Nhung."),
    L("1. Thông tin:"),
    P("Đ/c Phó Bí thư thông tin về lễ Quốc tang Tổng Bí thư Nguyễn Phú Trọng và Hướng dẫn của Đảng ủy xã về học tập "
      "tấm gương của đồng chí."),
    L("2. Kết quả tháng 7:"),
    P("Lúa mùa sinh trưởng tốt; đã sửa xong đường xuống khe Chiềng; thu quỹ quốc phòng an ninh đạt 100%; lập xong danh "
      "sách 07 hộ ở chân đồi Mít, có phương án di dời. Hạn chế: còn 01 hộ thả rông trâu; vệ sinh môi trường ở khu "
      "chăn nuôi tập trung chưa tốt."),
    L("3. Thảo luận:"),
    P("Đ/c Hà Văn Thắng hỏi: giá chè búp tươi tháng này giảm còn 5.000đ/kg, xóm có liên hệ được cơ sở thu mua nào khác "
      "không? Đ/c Bí thư trả lời: HTX chè Kiệt Sơn nhận thu mua theo giá sàn 6.000đ/kg từ đầu tháng 9, các hộ đăng ký "
      "qua Chi hội ND."),
    P("Đ/c Xa Thị Luyến đề nghị tổ chức lễ Mừng cơm mới chung ở nhà văn hóa, mời nghệ nhân dạy hát Xường."),
    L("4. Kết luận của đ/c chủ trì:"),
    L("1) Tập trung chăm sóc, bảo vệ lúa mùa, phòng trừ rầy nâu; giao đ/c Hà Văn Thắng (tổ trưởng tổ khuyến nông) "
      "theo dõi, hướng dẫn các hộ phun thuốc đúng thời điểm, thường xuyên."),
    L("2) Chi hội ND vận động các hộ trồng chè ký hợp đồng bán chè cho HTX chè Kiệt Sơn, xong trong tháng 8."),
    L("3) Chuẩn bị lễ Mừng cơm mới; đ/c Xa Thị Luyến và đ/c Hà Công Tuấn cùng Chi đoàn dựng chương trình văn nghệ, "
      "hát Xường, đánh chiêng, tổ chức sau vụ mùa."),
    L("4) Mỗi ĐV học tập, làm theo tấm gương đạo đức, phong cách của đồng chí Tổng Bí thư Nguyễn Phú Trọng, gương mẫu "
      "trong gia đình và dòng họ."),
    L("Biểu quyết: mười lăm/mười lăm đ/c tán thành."),
    L("BB thông qua lúc 21h30, các đ/c dự họp nhất trí."),
    S(["THƯ KÝ", "", "Hà Thị Nhung"], ["BÍ THƯ", "", "Đinh Văn Hòa"]),
]

B3 = [
    _book_header("Kiệt Sơn, ngày 06 tháng 9 năm 2024"),
    C("BIÊN BẢN SINH HOẠT CB THƯỜNG KỲ THÁNG 9/2024"),
    G(4),
    L("Hồi 19h30 ngày 06/9/2024 tại nhà văn hóa xóm, CB xóm Chiềng sinh hoạt thường kỳ."),
    L("Tổng số ĐV: 17; miễn SH: 02; có mặt: 14/15."),
    L("ĐV vắng mặt: đ/c Xa Văn Khuổng (không báo cáo)."),
    L("Chủ trì: đ/c Đinh Văn Hòa - Bí thư CB. Thư ký: đ/c Hà Thị Nhung."),
    L("1. Thông tin:"),
    P("Công điện của UBND tỉnh về chủ động ứng phó với cơn bão số 3 (bão Yagi), dự báo gây mưa rất to ở các huyện "
      "miền núi từ ngày 7/9; yêu cầu của BCH quân sự xã về lực lượng xung kích trực 24/24 giờ."),
    L("2. Kết quả tháng 8:"),
    P("Lúa mùa đang làm đòng, không bị rầy nâu gây hại; 19 hộ đã ký hợp đồng bán chè cho HTX; Chi đoàn đã tập xong 03 "
      "tiết mục hát Xường. Hạn chế: rãnh thoát nước trước nhà văn hóa bị tắc; còn 05 hộ chưa nộp quỹ "
      "khuyến học."),
    L("3. Thảo luận:"),
    L("- Đ/c Đinh Văn Đoàn: 04 nhà tạm ở chân đồi Mít mái lợp fibro xi măng, cần chằng chống ngay trong đêm nay."),
    L("- Đ/c Bùi Thị Nguyệt: đề nghị nhà văn hóa làm điểm sơ tán, chuẩn bị sẵn gạo, nước uống, đèn pin."),
    L("- Đ/c Bùi Văn Lực: lực lượng xung kích có 12 người, đủ để giúp các hộ di dời đồ đạc."),
    P("Đ/c chủ trì kết luận: CB thống nhất đặt nhiệm vụ phòng chống bão số 3 lên hàng đầu; không để người dân ở lại "
      "nhà tạm khi có mưa lớn; sau bão tập trung khôi phục sản xuất."),
    L("Phân công:"),
    L("- Đ/c Đinh Công Sơn trực tiếp đưa 07 hộ chân đồi Mít đến nơi sơ tán, xong trước tối 7/9."),
    L("- Đ/c Bùi Văn Lực cùng tổ xung kích chằng chống nhà văn hóa và các nhà tạm, xong trong ngày 7/9."),
    L("- Đ/c Hà Thị Nhung và Chi hội PN chuẩn bị lương thực, nước uống dự phòng tại nhà văn hóa."),
    L("Họp xong 21h40; BB đọc lại, các đ/c dự họp nhất trí thông qua."),
    S(["THƯ KÝ", "", "Hà Thị Nhung"], ["BÍ THƯ", "", "Đinh Văn Hòa"]),
]

B4 = [
    _book_header("Kiệt Sơn, ngày 12 tháng 10 năm 2024"),
    C("BIÊN BẢN SINH HOẠT CB THƯỜNG KỲ THÁNG 10/2024"),
    C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
    C("Chuyên đề: Đảng viên gương mẫu giữ gìn, phát huy bản sắc văn hóa dân tộc Mường", bold=False),
    G(4),
    L("Thời gian: từ 7h30 đến 10h00 ngày 12/10/2024 (thứ Bảy). Địa điểm: nhà văn hóa xóm Chiềng."),
    L("Tổng số ĐV: 17 đ/c; miễn SH: 02; có mặt: 15/15 đ/c."),
    L("Dự có đ/c Đinh Thị Hạnh, Phó Chủ tịch HĐND xã."),
    L("Chủ trì: đ/c Đinh Văn Hòa - Bí thư CB. Thư ký: đ/c Hà Thị Nhung."),
    L("A. Phần thường kỳ"),
    P("Bão số 3 làm sạt 02 nhà tạm, đổ 1,5 ha keo, không có thiệt hại về người; các hộ đã dựng lại nhà, trồng lại "
      "rau màu. Lúa mùa thu hoạch được 60%, năng suất ước 52 tạ/ha. Nhiệm vụ tháng 10: thu hoạch dứt điểm lúa mùa, "
      "gieo trồng cây vụ đông, tổ chức lễ Mừng cơm mới."),
    L("B. Phần chuyên đề"),
    P("Đ/c Hà Thị Nhung trình bày chuyên đề: đời sống văn hóa Mường ở xóm còn giữ được nhà sàn, tiếng nói, hát Xường, "
      "Ví, chiêng Mường; nhưng số người trẻ biết hát Xường ngày càng ít, nhiều nhà sàn bị thay bằng nhà xây, một số "
      "gia đình đã bán chiêng cổ. Chuyên đề đề nghị mỗi ĐV gương mẫu từ gia đình mình."),
    L("Thảo luận:"),
    L("- Đ/c Xa Thị Luyến: xóm còn 03 nghệ nhân hát Xường trên 70 tuổi, phải mở lớp ngay cho thanh niên."),
    L("- Đ/c Xa Văn Khuổng nhận khuyết điểm vắng sinh hoạt tháng 7, tháng 9 do đi làm thuê ở Vĩnh Phúc, hứa từ nay "
      "báo cáo CB trước khi đi."),
    L("- Đ/c Đinh Thị Hạnh, Phó Chủ tịch HĐND xã, cho biết xã có kinh phí hỗ trợ mua 01 bộ chiêng cho nhà văn hóa."),
    L("Kết luận:"),
    P("Đ/c Bí thư KL: CB thống nhất nội dung phần thường kỳ và chuyên đề; mỗi ĐV đăng ký ít nhất một việc làm cụ thể "
      "để giữ gìn văn hóa Mường trong gia đình mình."),
    L("Biểu quyết: tán thành 15/15 (100%); không tán thành: 0."),
    L("Phân công:"),
    L("- Giao đ/c Xa Thị Luyến mở lớp hát Xường, Ví cho thanh niên tại nhà văn hóa, hằng tháng."),
    L("- Chi đoàn TN sưu tầm, lập danh mục chiêng, trang phục Mường còn giữ trong các gia đình, trước 30/11/2024."),
    L("- Đ/c Bùi Văn Lực và đ/c Đinh Văn Đoàn vận động các hộ giữ lại nhà sàn khi sửa nhà, thường xuyên."),
    L("- Ban công tác Mặt trận xóm chủ trì lễ Mừng cơm mới, xong trước ngày 20 tháng Mười âm lịch."),
    L("Kết thúc lúc 10h00. BB đọc lại, 15/15 đ/c nhất trí thông qua."),
    S(["THƯ KÝ", "", "Hà Thị Nhung"], ["BÍ THƯ", "", "Đinh Văn Hòa"]),
]

B5 = [
    _book_header("Kiệt Sơn, ngày 08 tháng 11 năm 2024"),
    C("BIÊN BẢN SINH HOẠT CB THƯỜNG KỲ THÁNG 11/2024"),
    G(4),
    L("Thời gian: 19h00 ngày 08/11/2024. Địa điểm: nhà văn hóa xóm Chiềng."),
    L("Tổng số ĐV: 17 đ/c; miễn SH: 02 đ/c. Có mặt: 14/15 đ/c. Vắng: 01 ĐV (đ/c Xa Văn Khuổng, không lý do)."),
    L("Chủ trì: đ/c Đinh Văn Hòa - Bí thư CB. Thư ký: đ/c Hà Thị Nhung."),
    L("1. Thông tin:"),
    P("Đ/c Bí thư phổ biến Hướng dẫn của Đảng ủy xã về kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên năm "
      "2024; kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư ngày 18/11."),
    L("2. Kết quả tháng 10:"),
    P("Thu hoạch xong 100% lúa mùa; trồng 6 ha ngô đông; lễ Mừng cơm mới tổ chức vui tươi, tiết kiệm; lớp hát Xường "
      "có 14 thanh niên theo học. Hạn chế: thu các khoản đóng góp còn chậm; 01 hộ vẫn thả rông trâu."),
    L("3. Thảo luận:"),
    L("- Đ/c Đinh Văn Đoàn: Ngày hội Đại đoàn kết năm nay nên có thi gói bánh chưng, đánh mảng."),
    L("- Đ/c Lê Văn Minh: cần làm rõ trách nhiệm đ/c Khuổng vì đã vắng không lý do ba lần trong năm."),
    L("- Đ/c Hà Văn Tâm: đề nghị trước khi viết bản kiểm điểm có mẫu hướng dẫn cho các ĐV cao tuổi."),
    L("4. Kết luận:"),
    P("Đ/c chủ trì KL: CB thống nhất kết quả tháng 10 và nhiệm vụ tháng 11. Đề nghị các đ/c ĐV tiếp tục gương mẫu, "
      "vận động gia đình tham gia Ngày hội Đại đoàn kết; các đoàn thể tích cực vận động hội viên hoàn thành các khoản "
      "đóng góp; ĐV chuẩn bị bản kiểm điểm cá nhân theo hướng dẫn. CB sẽ xem xét, xử lý đ/c Xa Văn Khuổng theo Điều "
      "lệ Đảng."),
    L("Biểu quyết: 14/14 đ/c nhất trí, đạt 100%."),
    L("Họp xong 21h00. BB đã đọc lại, các đ/c dự họp nhất trí thông qua."),
    S(["THƯ KÝ", "", "Hà Thị Nhung"], ["BÍ THƯ", "", "Đinh Văn Hòa"]),
]


def _bm(date, start, end, month_topic=None):
    return meeting("regular", date, start, end, "nhà văn hóa xóm Chiềng", BOOK_CELL, BOOK_COMMITTEE,
                   topic=month_topic)


KHUONG = "Xa Văn Khuổng"

DOCS.append({
    "name": "f09-phutho-muong-village-book-jul-nov-2024",
    "folder": "dev",
    "born_digital": True,
    "style": {"family": "mono", "size": 10, "justify": False, "spacing": 1.3, "left": 72, "right": 50, "indent": 0,
              "head": "Sổ BB sinh hoạt CB xóm Chiềng - năm 2024", "head_align": "right", "foot": "- {n} -"},
    "between": 22,
    "minutes": [
        {"blocks": B1,
         "truth": minute(
             _bm("2024-07-06", "19:30", "21:45"),
             "Đinh Văn Hòa", "Bí thư CB", "Hà Thị Nhung",
             attendance(17, 14, 1, 0, 1, 2, absentees=[(KHUONG, "không lý do", False)]),
             True,
             [vote("Nhất trí nhiệm vụ tháng 7", 14)],
             [task("Bùi Văn Lực", "cùng Chi đoàn TN huy động ngày công sửa đường xuống khe Chiềng", "rằm tháng Bảy"),
              task("Đinh Công Sơn", "lập danh sách các hộ ở chân đồi Mít, phối hợp BCH quân sự xã xây dựng phương án "
                   "di dời", "tháng 7"),
              task("BCH Chi hội ND xóm", "đôn đốc thu quỹ quốc phòng an ninh còn lại", "31/7/2024")],
             ["unexcused_absence"])},
        {"blocks": B2,
         "truth": minute(
             meeting("regular", "2024-08-07", "19:30", "21:30", "nhà văn hóa xóm Chiềng", BOOK_CELL, BOOK_COMMITTEE),
             "Đinh Văn Hòa", "Bí thư CB", "Hà Thị Nhung",
             attendance(17, 15, 0, 0, 0, 2),
             True,
             [vote("Tán thành kết luận", 15)],
             [task("Hà Văn Thắng", "theo dõi, hướng dẫn các hộ phun thuốc đúng thời điểm", "thường xuyên"),
              task("Chi hội ND", "vận động các hộ trồng chè ký hợp đồng bán chè cho HTX chè Kiệt Sơn", "tháng 8"),
              task("Xa Thị Luyến", "cùng Chi đoàn dựng chương trình văn nghệ, hát Xường, đánh chiêng",
                   "sau vụ mùa"),
              task("Hà Công Tuấn", "cùng Chi đoàn dựng chương trình văn nghệ, hát Xường, đánh chiêng",
                   "sau vụ mùa")],
             [])},
        {"blocks": B3,
         "truth": minute(
             meeting("regular", "2024-09-06", "19:30", "21:40", "nhà văn hóa xóm", BOOK_CELL, BOOK_COMMITTEE),
             "Đinh Văn Hòa", "Bí thư CB", "Hà Thị Nhung",
             attendance(17, 14, 1, 0, 1, 2, absentees=[(KHUONG, "không báo cáo", False)]),
             True,
             [],
             [task("Đinh Công Sơn", "trực tiếp đưa 07 hộ chân đồi Mít đến nơi sơ tán", "tối 7/9"),
              task("Bùi Văn Lực", "cùng tổ xung kích chằng chống nhà văn hóa và các nhà tạm", "ngày 7/9"),
              task("Hà Thị Nhung", "chuẩn bị lương thực, nước uống dự phòng tại nhà văn hóa", None),
              task("Chi hội PN", "chuẩn bị lương thực, nước uống dự phòng tại nhà văn hóa", None)],
             ["missing_vote", "unexcused_absence"])},
        {"blocks": B4,
         "truth": minute(
             meeting("regular", "2024-10-12", "07:30", "10:00", "nhà văn hóa xóm Chiềng", BOOK_CELL, BOOK_COMMITTEE,
                     topic="Đảng viên gương mẫu giữ gìn, phát huy bản sắc văn hóa dân tộc Mường"),
             "Đinh Văn Hòa", "Bí thư CB", "Hà Thị Nhung",
             attendance(17, 15, 0, 0, 0, 2, guests=[("Đinh Thị Hạnh", "Phó Chủ tịch HĐND xã")]),
             True,
             [vote("Thông qua nội dung thường kỳ và chuyên đề", 15, 0, pct=100)],
             [task("Xa Thị Luyến", "mở lớp hát Xường, Ví cho thanh niên tại nhà văn hóa", "hằng tháng"),
              task("Chi đoàn TN", "sưu tầm, lập danh mục chiêng, trang phục Mường còn giữ trong các gia đình",
                   "30/11/2024"),
              task("Bùi Văn Lực", "vận động các hộ giữ lại nhà sàn khi sửa nhà", "thường xuyên"),
              task("Đinh Văn Đoàn", "vận động các hộ giữ lại nhà sàn khi sửa nhà", "thường xuyên"),
              task("Ban công tác Mặt trận xóm", "chủ trì lễ Mừng cơm mới", "ngày 20 tháng Mười âm lịch")],
             [])},
        {"blocks": B5,
         "truth": minute(
             meeting("regular", "2024-11-08", "19:00", "21:00", "nhà văn hóa xóm Chiềng", BOOK_CELL, BOOK_COMMITTEE),
             "Đinh Văn Hòa", "Bí thư CB", "Hà Thị Nhung",
             attendance(17, 14, 1, 0, 1, 2, absentees=[(KHUONG, "không lý do", False)]),
             True,
             [vote("Nhất trí kết luận", 14, pct=100)],
             [],
             ["missing_assignments", "unexcused_absence"])},
    ],
    "flags": ["no_thematic_in_quarter", "repeated_absence"],
    "scans": [],
})
