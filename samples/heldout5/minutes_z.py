"""Held-out set 5, writer z (folder test/, files z01 … z13): Party-cell minutes written by hand, with truth labels.

Written without reading the extractor (extract/**), the generator (samples/generator/**), the bench or the
wording of the other held-out modules. Rendered by samples/heldout2/make.py (`build`).

Files (name -> what varies -> minute flags / book flags):
- z01-haiphong-fdi-autoparts-split-tasks -> Japanese-invested auto-parts company, Hải Phòng; Liberation Sans 11,
  ragged; "Thời gian:/Địa điểm:/Thành phần:" fields, 21/23 with two excused absentees named inline, a guest;
  "1. … 6." bold headings; "Kết luận của chủ trì" heading; tasks split between a ruled table (assignee column
  first, centred headings, "Ghi chú" column, two people in one cell, a mass organisation, an empty deadline cell)
  and two prose sentences under it ("xong trước ngày …", "báo cáo tại kỳ họp tháng 12") -> — / —
- z02-hcm-university-student-cell-unnamed-70min -> students' cell of a university, TP HCM; DejaVu Sans 11,
  justified; "Phần một … Phần năm"; 11/11 with 7 probationary; guest who does not speak; only unnamed opinions
  ("Một số đảng viên dự bị đề nghị …; có ý kiến cho rằng …"); run-in "Kết luận:"; numbered tasks, two people
  in one; 19:00-20:10 -> no_discussion, short_meeting / —
- z03-ninhthuan-raglai-village-terse-form -> Raglai village, Ninh Thuận; a one-page numbered form filled in
  tersely; "Khách mời: ……" and the vote line "tán thành ……/……" left unfilled -> missing_vote,
  unfilled_template / —
- z04-hatinh-hospital-wordy-no-conclusion -> internal-medicine department of a provincial hospital; Liberation
  Serif 13, spacing 1.4, justified, long paragraphs, "- n -" at the foot; one exempt member; agenda announces
  "đồng chí chủ trì kết luận" and the information part quotes "Kết luận số 21-KL/TW" and a "thông báo kết luận",
  but the minute goes from the discussion straight to a vote on the month's direction (17/17, 100 %) and to tasks
  written as prose, one spanning three sentences, passive "được giao" -> missing_conclusion / —
- z05-gialai-army-company-unusual-order -> army company, Gia Lai; DejaVu Serif 12; ranks before names;
  "Quân số đảng viên"; a guest "Dự và chỉ đạo"; sections in an unusual order: discussion of the circulated draft
  first, then the summary of last month, then the tasks ("Chi ủy phân công", one by role only: "Đồng chí Đại đội
  trưởng phụ trách …"), then the chair's conclusion, the vote last -> — / —
- z06-danang-ward-police-qa-low-attendance -> ward police cell, Đà Nẵng, September 2025; Liberation Sans 12,
  justified; "Số: 17-BB/CB"; 18/22 (81.8 %), four absentees on "+" lines, all with reasons; Q&A discussion;
  "Đồng chí chủ trì kết luận:" with (1)-(3) inside the discussion part; "tán thành 18/18; không tán thành: 0;
  ý kiến khác: 0"; passive tasks "được giao", deadline "30-9-2025" -> low_attendance / —
- z07-hue-retired-cell-typewriter-general-call -> retired members' cell of a Huế ward; Liberation Mono 10.5
  (typewriter), title month in words ("THÁNG MƯỜI"), counts in words, 9 exempt; run-in "Về …:" paragraphs;
  speakers one line each; "Đồng chí Bí thư kết luận:" followed only by calls to everyone ("Đề nghị các đồng chí
  tiếp tục …", "mỗi đảng viên …", "Chi bộ sẽ phản ánh …"); one absentee "không báo"; vote in words ->
  missing_assignments, unexcused_absence / —
- z08-laocai-boarding-school-quotes-90pct-90min -> ethnic boarding school, Lào Cai; Liberation Serif 13,
  ragged; "I.–IV." capital headings; one exempt member named; "18/20 …, đạt 90%" (exactly the bar) and
  16:15-17:45 (exactly 90 min); absentee table "STT / Họ và tên / Lý do vắng mặt" (centred headings, a reason
  that wraps); opinions as direct quotes ("Cô …", "Thầy …"); numbered conclusion; "Tán thành: 18; không tán
  thành: 0; không biểu quyết: 0 (đạt 100%)"; tasks as "Đề nghị đồng chí …" incl. "trước ngày khai giảng" ->
  — / —
- z09-hanoi-ward-combined-110min -> residential cell of a Hà Nội ward; regular + thematic (QUÝ II, "Chuyên đề:"
  line); Liberation Serif 12.5, justified, "Trang n/N"; "*" fields; 7 exempt, 29/31; a guest; "PHẦN THỨ
  NHẤT/HAI/BA"; "Có 05 ý kiến phát biểu:" + a list of speakers; groups as assignees; 19:30-21:20 = 110 min
  (below the 120-minute bar for a combined meeting) -> short_meeting / —
- z10-angiang-irrigation-office-no-vote-not-read -> irrigation sub-department of a provincial agency, An Giang;
  Liberation Sans 12, "A.–D." bold capital headings; opinions by role ("Đồng chí Phó Chi cục trưởng phụ trách
  …") and one by name; conclusion without a heading ("chi bộ thống nhất những nội dung trọng tâm …: một là …");
  "Giao đồng chí Phó Chi cục trưởng X …", "20.11.2023"; the minute stops at "Cuộc họp kết thúc lúc …": no vote,
  no read-back -> missing_vote, not_approved / —
- z11-camau-seafood-company-book-jun-oct-2024 -> MINUTE BOOK of a private seafood company, Cà Mau: 5 minutes
  (June, July, August, October regular; October thematic "QUÝ IV/2024"), each with its own short header and each
  after the first starting mid-page under the previous signatures; running head from page 2, "- n -" at the
  foot; Liberation Serif 12; September not held (the October minute says so); no thematic meeting in Q3;
  Lâm Văn Tỷ absent without reason in June ("(không lý do)"), August ("vắng, không xin phép") and October (empty
  reason cell of an absentee table) -> per minute: unexcused_absence; —; not_approved + unexcused_absence;
  low_attendance + unexcused_absence; — / missing_month, no_thematic_in_quarter, repeated_absence
- z12-hanoi-ward-scan-moderate -> image-only scan of z09, moderate, 200 dpi, seed 5917 -> as z09
- z13-ninhthuan-form-scan-photocopy -> image-only scan of z03, photocopy, 250 dpi, seed 5953 -> as z03

Labelling decisions where the READMEs are silent:
- party_committee is the upper committee as written in the header; when it is split over two header lines
  ("ĐẢNG BỘ BAN QUẢN LÝ" / "KHU KINH TẾ HẢI PHÒNG") the lines are joined by a space; likewise the cell name.
- A task given to a member pointed at by role only ("Đồng chí Đại đội trưởng phụ trách …", z05) is an
  assignment; its assignee is the role as written ("Đại đội trưởng"). A job title written before a name
  ("Phó Chi cục trưởng Đoàn Thanh Phong", "Phó Hiệu trưởng Lồ Văn Hùng") is dropped from the assignee.
- "Đề nghị đồng chí X …" (z08) names a member and is an assignment; "Đề nghị các đồng chí …", "mỗi đảng viên …"
  and "Chi bộ sẽ phản ánh … lên Đảng ủy phường" (z07) name nobody and are not.
- In a table + prose split (z01) the assignments are listed in the written order: table rows, then prose. The
  "Ghi chú" cell is no part of the task or deadline; a unit named there as a partner is not an assignee. A task
  given to a member who is absent from the meeting (z10) is still an assignment.
- "Chi bộ thống nhất những nội dung trọng tâm tháng 11/2023 như sau: …" after the discussion, without a heading
  (z10), is the conclusion; with no count and no percentage it is not a vote.
- The word "kết luận" in the agenda, in a document name ("Kết luận số 21-KL/TW") or in "thông báo kết luận của
  Ban Thường vụ" (z04) is not the chair's conclusion; the vote on the month's direction is a resolution.
- z02: "Đồng chí chủ trì kết luận" is the conclusion, not an opinion; a guest who only attends is no opinion;
  opinions introduced by "Một số đảng viên dự bị", "có ý kiến", "nhiều ý kiến" name nobody -> no_discussion.
- z06 Q&A: a named questioner and "Đ/c Trưởng Công an phường trả lời" are opinions (named / pointed at by role).
- Absence wordings: "(không báo)" (z07) and "vắng, không xin phép" (z11 August) are unexcused with the reason
  as written ("không báo", "không xin phép"); an empty reason cell (z11 October) is reason null, unexcused.
  "có báo trước", "có báo cáo", "có quyết định" reasons are excused. Ranks are dropped from absentees' names.
- z03: the vote line left as "tán thành ……/……" records no vote -> missing_vote (and unfilled_template).
- Deadlines drop the words in front of the time, as before: "trong tuần này" -> "tuần này", "xong trước mùa mưa"
  -> "mùa mưa", "kiểm tra xong trong tuần thứ ba của tháng" -> "tuần thứ ba của tháng", "báo cáo kết quả ở hội
  nghị tháng 8" -> "hội nghị tháng 8", "báo cáo chi bộ trước kỳ thi học kỳ II" -> "kỳ thi học kỳ II", "trước ngày
  khai giảng" -> "ngày khai giảng", "trình bày kết quả tại kỳ sinh hoạt tháng 6/2024" -> "kỳ sinh hoạt tháng
  6/2024", "tổng hợp báo cáo vào cuối năm" -> "cuối năm"; dates keep their separators ("30-9-2025",
  "20.11.2023"); a table cell "Trước 30/11/2024" -> "30/11/2024", "Tháng 12/2024" and "Thường xuyên" kept.
- The army title "Ra nghị quyết lãnh đạo thực hiện nhiệm vụ tháng 7 năm 2024" gives month 7 (z05); a title month
  in words ("THÁNG MƯỜI") gives month 10 (z07).
- z07 vote "hai mươi trên hai mươi đồng chí có mặt nhất trí (100%)" -> for 20, percent 100; z05 approval of the
  minutes "13/13 đồng chí nhất trí" is not a vote.
- Book (z11): every minute repeats a short header with the same cell and committee; the October regular minute's
  note that September was not held does not change any label.
"""

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DOCS: list[dict] = []


def TC(cols, rows):
    """A ruled table whose header cells are centred."""
    return ("table", cols, rows, {"head_center": True})


# z01 ── Hải Phòng, Japanese-invested auto-parts company. Tasks split between a table and prose. No defect.
_Z01_CELL = "CHI BỘ CÔNG TY TNHH KAWANO PARTS VIỆT NAM"
_Z01_COMM = "ĐẢNG BỘ BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG"
DOCS.append({
    "name": "z01-haiphong-fdi-autoparts-split-tasks",
    "folder": "test",
    "born_digital": True,
    "style": {"family": "sans", "size": 11, "justify": False, "left": 70, "right": 55, "spacing": 1.3,
              "indent": 0, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BAN QUẢN LÝ", "KHU KINH TẾ HẢI PHÒNG", "CHI BỘ CÔNG TY TNHH", "KAWANO PARTS VIỆT NAM", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "An Dương, ngày 08 tháng 11 năm 2024"], bold_left=(2, 3)),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2024"),
            G(8),
            L("Thời gian: 16 giờ 30 phút, thứ Sáu ngày 08/11/2024 (sau giờ hành chính)."),
            L("Địa điểm: Phòng họp tầng 2, nhà điều hành Công ty."),
            L("Thành phần:"),
            L("- Đảng viên của chi bộ: 23 đồng chí (chính thức 20, dự bị 03). Có mặt 21 đồng chí. Vắng 02 đồng chí, "
              "đều có lý do: Nguyễn Thị Thu Trang (nghỉ chế độ thai sản), Đỗ Văn Khải (trực ca đêm dây chuyền dập).",
              hang=10),
            L("- Khách mời: đồng chí Trần Minh Tuấn, Phó Bí thư Đảng ủy Ban Quản lý Khu kinh tế.", hang=10),
            L("Chủ trì: đồng chí Lê Thị Hồng Nhung, Bí thư chi bộ, Trưởng phòng Hành chính - Nhân sự."),
            L("Thư ký: đồng chí Phạm Đức Hiếu, kỹ sư phòng Quản lý chất lượng."),
            H("1. Thông tin, quán triệt"),
            L("Đồng chí Bí thư thông tin tình hình kinh tế - xã hội của thành phố 10 tháng năm 2024, trong đó có số "
              "liệu thu hút vốn đầu tư nước ngoài vào các khu công nghiệp; phổ biến hướng dẫn của Đảng ủy Ban Quản "
              "lý Khu kinh tế về sinh hoạt chi bộ trong doanh nghiệp có vốn đầu tư nước ngoài, lưu ý bố trí giờ họp "
              "ngoài ca sản xuất và giữ quan hệ phối hợp tốt với phía chủ đầu tư."),
            H("2. Kết quả tháng 10/2024"),
            L("Công ty đạt 104% kế hoạch sản lượng; tỷ lệ hàng lỗi ở xưởng dập giảm còn 0,8%. Chi bộ thu đảng phí "
              "đủ, đúng hạn; phối hợp với Công đoàn tổ chức khám sức khỏe định kỳ cho 1.460 công nhân; hoàn thành hồ "
              "sơ chuyển đảng chính thức cho đồng chí Hoàng Văn Dũng."),
            L("Hạn chế: việc nắm tâm tư công nhân làm ca đêm còn chậm; còn 02 đảng viên dự bị nộp bản tự kiểm điểm "
              "muộn so với thời hạn."),
            H("3. Phương hướng tháng 11/2024"),
            L("- Bảo đảm tiến độ đơn hàng cuối năm cho đối tác Nhật Bản, không để phát sinh tranh chấp lao động khi "
              "tăng ca.", hang=10),
            L("- Hoàn thiện hồ sơ phát triển đảng viên; chuẩn bị sinh hoạt chuyên đề quý IV.", hang=10),
            L("- Chăm lo đời sống công nhân dịp cuối năm, Tết Nguyên đán Ất Tỵ.", hang=10),
            H("4. Ý kiến thảo luận"),
            L("Đồng chí Vũ Thị Lan (tổ trưởng tổ dập 2) cho biết nhiều công nhân nữ có con nhỏ lo lắng vì tăng ca "
              "kéo dài đến 22 giờ; đề nghị chi bộ kiến nghị Ban Giám đốc bố trí xe đưa đón tuyến An Dương - Thủy "
              "Nguyên cho ca muộn."),
            L("Đồng chí Đinh Quang Vinh (phòng Kế hoạch) nêu: quần chúng Nguyễn Văn Hào đã học xong lớp bồi dưỡng "
              "nhận thức về Đảng, có đủ điều kiện xem xét; đề nghị sớm hoàn thiện hồ sơ để kịp trình cấp trên trong "
              "năm nay."),
            L("Đồng chí Trần Minh Tuấn ghi nhận chi bộ đã giữ được nền nếp sinh hoạt trong doanh nghiệp nước ngoài, "
              "đề nghị chi bộ tiếp tục phối hợp chặt với Công đoàn để nắm tình hình công nhân."),
            H("5. Kết luận của chủ trì"),
            L("Đồng chí Lê Thị Hồng Nhung kết luận: chi bộ ghi nhận kết quả tháng 10; tháng 11 tập trung ba việc: "
              "giữ ổn định sản xuất trong cao điểm đơn hàng, chăm lo đời sống công nhân dịp cuối năm và làm tốt công "
              "tác phát triển đảng viên. Ý kiến về xe đưa đón ca muộn, chi bộ tiếp thu và kiến nghị Ban Giám đốc."),
            L("Chi bộ biểu quyết thông qua kết luận: 21/21 đồng chí có mặt tán thành (100%)."),
            H("6. Phân công thực hiện"),
            TC([(0.24, "Người thực hiện", "l"), (0.40, "Nội dung công việc", "l"), (0.17, "Thời hạn", "l"),
                (0.19, "Ghi chú", "l")],
               [["Đ/c Phạm Đức Hiếu", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Nguyễn Văn Hào, trình Đảng ủy "
                 "cấp trên", "Trước 30/11/2024", ""],
                ["Công đoàn cơ sở", "Tặng quà công nhân có hoàn cảnh khó khăn dịp cuối năm", "Tháng 12/2024",
                 "Phối hợp phòng Hành chính - Nhân sự"],
                ["Đ/c Vũ Thị Lan, đ/c Hoàng Văn Dũng", "Theo dõi, giúp đỡ 02 quần chúng ưu tú ở xưởng dập",
                 "Thường xuyên", "Báo cáo chi bộ hằng quý"],
                ["Chi đoàn Công ty", "Phát động thi đua bảo đảm an toàn lao động trong đợt cao điểm sản xuất", "",
                 "Đăng ký với Công đoàn"]]),
            L("Ngoài các việc trong bảng, chi bộ giao đồng chí Lê Thị Hồng Nhung làm việc với Tổng Giám đốc Công ty "
              "về phương án xe đưa đón công nhân ca muộn, xong trước ngày 20/11/2024. Đồng chí Đinh Quang Vinh chuẩn "
              "bị nội dung sinh hoạt chuyên đề quý IV, báo cáo tại kỳ họp tháng 12."),
            L("Buổi sinh hoạt kết thúc lúc 18 giờ 15 phút. Biên bản đã được đọc lại và được các đồng chí dự họp "
              "nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Phạm Đức Hiếu"], ["T/M CHI BỘ", "BÍ THƯ", "", "Lê Thị Hồng Nhung"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-08", "16:30", "18:15", "Phòng họp tầng 2, nhà điều hành Công ty",
                    _Z01_CELL, _Z01_COMM),
            "Lê Thị Hồng Nhung", "Bí thư chi bộ", "Phạm Đức Hiếu",
            attendance(23, 21, 2, 2, 0, 0,
                       [("Nguyễn Thị Thu Trang", "nghỉ chế độ thai sản", True),
                        ("Đỗ Văn Khải", "trực ca đêm dây chuyền dập", True)],
                       [("Trần Minh Tuấn", "Phó Bí thư Đảng ủy Ban Quản lý Khu kinh tế")]),
            True,
            [vote("Thông qua kết luận của chủ trì", 21, None, None, 100)],
            [task("Phạm Đức Hiếu", "Hoàn thiện hồ sơ đề nghị kết nạp quần chúng Nguyễn Văn Hào, trình Đảng ủy cấp trên",
                  "30/11/2024"),
             task("Công đoàn cơ sở", "Tặng quà công nhân có hoàn cảnh khó khăn dịp cuối năm", "Tháng 12/2024"),
             task("Vũ Thị Lan", "Theo dõi, giúp đỡ 02 quần chúng ưu tú ở xưởng dập", "Thường xuyên"),
             task("Hoàng Văn Dũng", "Theo dõi, giúp đỡ 02 quần chúng ưu tú ở xưởng dập", "Thường xuyên"),
             task("Chi đoàn Công ty", "Phát động thi đua bảo đảm an toàn lao động trong đợt cao điểm sản xuất", None),
             task("Lê Thị Hồng Nhung", "làm việc với Tổng Giám đốc Công ty về phương án xe đưa đón công nhân ca muộn",
                  "20/11/2024"),
             task("Đinh Quang Vinh", "chuẩn bị nội dung sinh hoạt chuyên đề quý IV", "kỳ họp tháng 12")],
            []),
    }],
    "flags": [],
    "scans": [],
})


# z02 ── TP HCM, students' cell of a university. Only unnamed opinions; 70 minutes.
_Z02_CELL = "CHI BỘ SINH VIÊN KHOA CHĂN NUÔI THÚ Y"
_Z02_COMM = "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC NÔNG LÂM THÀNH PHỐ HỒ CHÍ MINH"
DOCS.append({
    "name": "z02-hcm-university-student-cell-unnamed-70min",
    "folder": "test",
    "born_digital": True,
    "style": {"family": "dvsans", "size": 11, "justify": True, "left": 72, "right": 58, "spacing": 1.35,
              "indent": 24, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRƯỜNG ĐẠI HỌC NÔNG LÂM", "THÀNH PHỐ HỒ CHÍ MINH", "CHI BỘ SINH VIÊN",
                "KHOA CHĂN NUÔI THÚ Y", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "TP. Hồ Chí Minh, ngày 20 tháng 3 năm 2025"], bold_left=(2, 3), size=10),
            G(4),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("Tháng 3 năm 2025", bold=False, italic=True),
            G(6),
            P("Vào lúc 19 giờ 00 phút ngày 20 tháng 3 năm 2025, tại Phòng RD204, Tòa nhà Rạng Đông, Chi bộ Sinh "
              "viên Khoa Chăn nuôi Thú y họp thường kỳ tháng 3/2025."),
            P("Đảng viên: 11 đồng chí (chính thức 04, dự bị 07); có mặt 11/11."),
            P("Khách mời: đồng chí Nguyễn Hữu Phước, Phó Bí thư Đoàn trường, dự và theo dõi buổi họp."),
            P("Chủ trì: đồng chí Trương Ngọc Bảo Trâm, Bí thư chi bộ (giảng viên Bộ môn Dược lý thú y). Thư ký: "
              "đồng chí Lý Gia Huy, sinh viên lớp DH21TY."),
            H("Phần một: Thông tin"),
            P("Đồng chí Bí thư phổ biến kế hoạch của Đảng ủy Trường về tổ chức đại hội các chi bộ trực thuộc nhiệm "
              "kỳ 2025 - 2027 và lịch tiếp nhận, chuyển sinh hoạt đảng cho đảng viên sinh viên sắp tốt nghiệp; "
              "thông tin về các hoạt động Tháng Thanh niên năm 2025 của Đoàn trường."),
            H("Phần hai: Kiểm điểm tháng 2, nhiệm vụ tháng 3"),
            P("Trong tháng 2, đảng viên sinh viên tham gia đầy đủ chương trình Xuân tình nguyện tại xã An Thới Đông, "
              "huyện Cần Giờ; 09/11 đồng chí có điểm trung bình học kỳ I từ 3,20 trở lên (thang điểm 4); chi bộ thu "
              "đảng phí đúng hạn. Tồn tại: 02 đồng chí dự bị chưa nộp sổ tay đảng viên để chi ủy kiểm tra; việc "
              "giữ liên lạc với đảng viên đang thực tập tại trại chăn nuôi ở Bình Dương chưa thường xuyên."),
            P("Nhiệm vụ tháng 3: chuẩn bị dự thảo văn kiện đại hội chi bộ; hưởng ứng Tháng Thanh niên; giới thiệu "
              "02 đoàn viên ưu tú học lớp bồi dưỡng nhận thức về Đảng; duy trì kết quả học tập."),
            H("Phần ba: Thảo luận"),
            P("Các ý kiến tập trung vào việc sắp xếp lịch sinh hoạt cho phù hợp với lịch thực tập ở trại. Một số "
              "đảng viên dự bị đề nghị chi bộ chuyển giờ họp sang chiều thứ Bảy để các bạn đi thực tập kịp về dự; "
              "có ý kiến cho rằng nên phân công đảng viên năm cuối kèm cặp đảng viên năm hai trong học tập các môn "
              "chuyên ngành. Nhiều ý kiến thống nhất với dự thảo nhiệm vụ tháng 3 và đề nghị bổ sung chỉ tiêu tham "
              "gia đề tài nghiên cứu khoa học sinh viên."),
            H("Phần bốn: Kết luận, biểu quyết"),
            P("Kết luận: Đồng chí chủ trì kết luận, chi bộ thống nhất giữ nguyên giờ họp tối thứ Năm tuần thứ ba "
              "hằng tháng, đảng viên đi thực tập được dự họp trực tuyến khi có xác nhận của trại; bổ sung chỉ tiêu "
              "mỗi đảng viên năm ba, năm bốn tham gia ít nhất một đề tài nghiên cứu khoa học; tập trung chuẩn bị "
              "văn kiện đại hội chi bộ bảo đảm đúng tiến độ Đảng ủy Trường giao."),
            P("Biểu quyết: 11/11 đồng chí tán thành."),
            H("Phần năm: Phân công"),
            L("1. Đ/c Lý Gia Huy: tổng hợp ý kiến góp ý dự thảo báo cáo chính trị đại hội chi bộ, gửi chi ủy trước "
              "05/4/2025.", hang=14),
            L("2. Đ/c Quách Thị Mỹ Tiên và đ/c Sơn Thị Sa Rinh: giới thiệu, theo dõi 02 đoàn viên ưu tú học lớp bồi "
              "dưỡng nhận thức về Đảng trong tháng 4/2025.", hang=14),
            L("3. Chi đoàn lớp DH22TY: vận động sinh viên tham gia hiến máu tình nguyện, xong trước ngày 26/3.",
              hang=14),
            L("4. Đ/c Huỳnh Minh Khang: theo dõi kết quả học tập, rèn luyện của đảng viên dự bị, báo cáo chi bộ "
              "trước kỳ thi học kỳ II.", hang=14),
            P("Cuộc họp kết thúc lúc 20 giờ 10 phút. Biên bản đã được đọc lại cho chi bộ nghe và nhất trí thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Lý Gia Huy"], ["CHỦ TRÌ", "", "", "Trương Ngọc Bảo Trâm"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-20", "19:00", "20:10", "Phòng RD204, Tòa nhà Rạng Đông", _Z02_CELL, _Z02_COMM),
            "Trương Ngọc Bảo Trâm", "Bí thư chi bộ", "Lý Gia Huy",
            attendance(11, 11, 0, 0, 0, 0, [], [("Nguyễn Hữu Phước", "Phó Bí thư Đoàn trường")]),
            True,
            [vote("Thông qua kết luận", 11, None, None, None)],
            [task("Lý Gia Huy", "tổng hợp ý kiến góp ý dự thảo báo cáo chính trị đại hội chi bộ, gửi chi ủy",
                  "05/4/2025"),
             task("Quách Thị Mỹ Tiên", "giới thiệu, theo dõi 02 đoàn viên ưu tú học lớp bồi dưỡng nhận thức về Đảng",
                  "tháng 4/2025"),
             task("Sơn Thị Sa Rinh", "giới thiệu, theo dõi 02 đoàn viên ưu tú học lớp bồi dưỡng nhận thức về Đảng",
                  "tháng 4/2025"),
             task("Chi đoàn lớp DH22TY", "vận động sinh viên tham gia hiến máu tình nguyện", "26/3"),
             task("Huỳnh Minh Khang", "theo dõi kết quả học tập, rèn luyện của đảng viên dự bị, báo cáo chi bộ",
                  "kỳ thi học kỳ II")],
            ["no_discussion", "short_meeting"]),
    }],
    "flags": [],
    "scans": [],
})


# z03 ── Ninh Thuận, Raglai village. A one-page form filled in tersely; guest line and vote line left as dots.
_Z03_CELL = "CHI BỘ THÔN RÔ MAN"
_Z03_COMM = "ĐẢNG BỘ XÃ PHƯỚC BÌNH"
DOCS.append({
    "name": "z03-ninhthuan-raglai-village-terse-form",
    "folder": "test",
    "born_digital": True,
    "style": {"family": "serif", "size": 12, "justify": False, "left": 75, "right": 60, "spacing": 1.25,
              "indent": 0, "para_gap": 1},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ PHƯỚC BÌNH", "CHI BỘ THÔN RÔ MAN", "Số: 08 - BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Bình, ngày 06 tháng 8 năm 2024"], bold_left=(1,)),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 08 năm 2024", bold=False),
            G(8),
            L("1. Thời gian: bắt đầu 19 giờ 00, kết thúc 21 giờ 00, ngày 06/8/2024."),
            L("2. Địa điểm: Nhà văn hóa thôn."),
            L("3. Tổng số đảng viên: 12. Có mặt: 11. Vắng: 01 (Katơr Văn Đạt - đi rẫy xa, có báo). Miễn SH: không."),
            L("4. Chủ trì: Pinăng Văn Tư - Bí thư chi bộ. Thư ký: Mấu Thị Bích."),
            L("5. Khách mời: ………………………………………"),
            L("6. Nội dung:"),
            L("- Tháng 7: thu đảng phí 11/12 đ/c (1 đ/c nộp sau); tiêm phòng lở mồm long móng cho đàn bò xong; 02 hộ "
              "phát rẫy lấn rừng đã lập biên bản, báo xã.", hang=10),
            L("- Tháng 8: chăm sóc bắp, mì vụ mùa; giữ rừng; vận động trẻ ra lớp; làm hồ sơ vay vốn hộ nghèo.",
              hang=10),
            L("7. Ý kiến:"),
            L("- Đ/c Chamaléa Văn Sáu: nước hồ xuống thấp, đề nghị xã sớm mở nước cho ruộng dưới.", hang=10),
            L("- Đ/c Bo Bo Thị Ngát: còn 4 cháu chưa có giấy khai sinh, cần báo công an xã.", hang=10),
            L("8. Kết luận: nhất trí báo cáo. Tập trung giữ rừng, chăm sóc bắp, vận động học sinh ra lớp đủ."),
            L("9. Biểu quyết: tán thành ……/……; không tán thành: ……"),
            L("10. Phân công: đ/c Chamaléa Văn Sáu làm việc với xã về nước tưới, trong tuần này; Chi hội Phụ nữ thôn "
              "vận động trẻ ra lớp, xong trước mùa mưa.", hang=20),
            L("11. Họp xong 21 giờ 00. Đã đọc lại biên bản, chi bộ nhất trí."),
            S(["THƯ KÝ", "", "", "Mấu Thị Bích"], ["BÍ THƯ", "", "", "Pinăng Văn Tư"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-06", "19:00", "21:00", "Nhà văn hóa thôn", _Z03_CELL, _Z03_COMM),
            "Pinăng Văn Tư", "Bí thư chi bộ", "Mấu Thị Bích",
            attendance(12, 11, 1, 1, 0, 0, [("Katơr Văn Đạt", "đi rẫy xa, có báo", True)]),
            True,
            [],
            [task("Chamaléa Văn Sáu", "làm việc với xã về nước tưới", "tuần này"),
             task("Chi hội Phụ nữ thôn", "vận động trẻ ra lớp", "mùa mưa")],
            ["missing_vote", "unfilled_template"]),
    }],
    "flags": [],
    "scans": [{"name": "z13-ninhthuan-form-scan-photocopy", "folder": "test", "damage": "photocopy",
               "seed": 5953, "dpi": 250}],
})


# z04 ── Hà Tĩnh, provincial hospital department. Very wordy; "kết luận" in the agenda and in document names,
# but the chair's conclusion is never written: discussion -> vote on the direction -> tasks.
_Z04_CELL = "CHI BỘ KHOA NỘI TỔNG HỢP"
_Z04_COMM = "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH HÀ TĨNH"
DOCS.append({
    "name": "z04-hatinh-hospital-wordy-no-conclusion",
    "folder": "test",
    "born_digital": True,
    "style": {"family": "serif", "size": 13, "justify": True, "left": 82, "right": 56, "spacing": 1.4,
              "indent": 34, "para_gap": 3, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "TỈNH HÀ TĨNH", "CHI BỘ KHOA NỘI TỔNG HỢP", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Tĩnh, ngày 14 tháng 5 năm 2024"], bold_left=(2,)),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 5/2024"),
            G(8),
            P("Hôm nay, vào lúc 14 giờ 00 phút ngày 14 tháng 5 năm 2024, tại Hội trường tầng 3 nhà điều trị Khoa Nội "
              "tổng hợp, Chi bộ Khoa Nội tổng hợp tổ chức sinh hoạt định kỳ tháng 5 năm 2024 theo kế hoạch đã được "
              "chi ủy thống nhất và thông báo đến từng đảng viên từ ngày 10/5/2024. Buổi sinh hoạt được bố trí vào "
              "đầu giờ chiều, sau khi khoa đã hoàn thành giao ban chuyên môn và bàn giao người bệnh cho kíp trực, "
              "nhằm bảo đảm các đồng chí đảng viên là bác sĩ, điều dưỡng có thể tham dự đầy đủ mà không ảnh hưởng "
              "đến công tác khám bệnh, chữa bệnh và chăm sóc người bệnh của khoa."),
            P("Chi bộ hiện có 19 đảng viên, trong đó có 17 đảng viên chính thức và 02 đảng viên dự bị; đồng chí Trần "
              "Văn Phúc đã được Đảng ủy Bệnh viện đồng ý cho miễn sinh hoạt đảng do đang điều trị bệnh dài ngày. Dự "
              "sinh hoạt có 17 đồng chí; vắng 01 đồng chí là Nguyễn Thị Mỹ Duyên (trực cấp cứu, có báo cáo). Như "
              "vậy, số đảng viên tham dự đạt 94,4% so với số đảng viên phải sinh hoạt. Đồng chí Hồ Sỹ Thắng, Bí thư "
              "chi bộ, Trưởng khoa, chủ trì buổi sinh hoạt; đồng chí Lê Thị Thanh Hương, điều dưỡng, được chi bộ cử "
              "làm thư ký ghi biên bản."),
            P("Sau khi tuyên bố lý do, đồng chí chủ trì thông qua chương trình sinh hoạt gồm năm nội dung: thứ nhất, "
              "thông tin thời sự và phổ biến văn bản mới của cấp trên; thứ hai, báo cáo kết quả lãnh đạo thực hiện "
              "nhiệm vụ chính trị tháng 4 và phương hướng, nhiệm vụ tháng 5 năm 2024; thứ ba, đảng viên thảo luận, "
              "đóng góp ý kiến; thứ tư, đồng chí chủ trì kết luận và chi bộ biểu quyết; thứ năm, phân công nhiệm vụ "
              "cụ thể cho đảng viên. Chi bộ nhất trí với chương trình đã nêu."),
            H("I. THÔNG TIN THỜI SỰ VÀ VĂN BẢN MỚI"),
            P("Đồng chí Bí thư chi bộ thông tin về các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 "
              "- 07/5/2024) trên cả nước và tại tỉnh nhà; tình hình nắng nóng gay gắt kéo dài ở khu vực Bắc Trung Bộ "
              "và khuyến cáo của ngành y tế về phòng chống say nắng, sốc nhiệt, nhất là đối với người cao tuổi và "
              "người có bệnh nền đang điều trị ngoại trú. Tiếp đó, đồng chí phổ biến lại những nội dung cơ bản của "
              "Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ "
              "thống chính trị, đồng thời truyền đạt thông báo kết luận của Ban Thường vụ Đảng ủy Bệnh viện tại hội "
              "nghị giao ban tháng 4, trong đó yêu cầu các chi bộ chuyên môn tăng cường kiểm tra việc thực hiện quy "
              "tắc ứng xử, đẩy nhanh lộ trình triển khai bệnh án điện tử và không để xảy ra tình trạng thiếu thuốc, "
              "vật tư y tế trong thời gian chờ kết quả lựa chọn nhà thầu theo quy định mới của Luật Đấu thầu."),
            H("II. KẾT QUẢ THÁNG 4 VÀ PHƯƠNG HƯỚNG THÁNG 5/2024"),
            P("Đồng chí Trần Quốc Bảo, Phó Bí thư chi bộ, Phó trưởng khoa, trình bày báo cáo của chi ủy. Theo báo "
              "cáo, trong tháng 4 khoa đã tiếp nhận điều trị nội trú 612 lượt người bệnh, công suất sử dụng giường "
              "bệnh bình quân 118%, thời gian điều trị trung bình 6,8 ngày, chuyển tuyến 09 trường hợp, không có sai "
              "sót chuyên môn nghiêm trọng và không có đơn thư khiếu nại của người bệnh hoặc người nhà người bệnh. "
              "Khoa đã triển khai thường quy kỹ thuật nội soi phế quản ống mềm sau thời gian được Bệnh viện Bạch Mai "
              "chuyển giao, thực hiện thành công 14 ca. Công tác đảng được duy trì nền nếp: chi bộ sinh hoạt đúng "
              "định kỳ, đảng viên đóng đảng phí đầy đủ, 100% đảng viên viết bài thu hoạch học tập chuyên đề năm "
              "2024. Tuy vậy, báo cáo cũng thẳng thắn chỉ ra một số hạn chế: tình trạng quá tải giường bệnh kéo dài "
              "khiến có thời điểm hai người bệnh phải nằm chung một giường; việc ghi chép hồ sơ bệnh án của một vài "
              "bác sĩ trẻ còn sơ sài, chưa đúng quy chế; việc giải thích cho người nhà người bệnh về chi phí ngoài "
              "danh mục bảo hiểm y tế có lúc chưa kịp thời, gây băn khoăn không đáng có."),
            P("Về phương hướng tháng 5, chi ủy đề ra các nhiệm vụ trọng tâm: chuẩn bị đủ nhân lực, thuốc và phương "
              "tiện cho cao điểm nắng nóng; bố trí thêm giường kê tại hành lang phía đông theo phương án đã được Ban "
              "Giám đốc phê duyệt; kiểm tra chéo hồ sơ bệnh án mỗi tuần một lần; tiếp tục hoàn thiện quy trình phối "
              "hợp với Khoa Hồi sức tích cực - Chống độc trong việc chuyển người bệnh nặng; chăm lo đời sống, tinh "
              "thần cho cán bộ, nhân viên trong khoa, đặc biệt là các điều dưỡng phải trực liên tục nhiều ngày."),
            H("III. Ý KIẾN THẢO LUẬN"),
            P("Đồng chí Phan Thị Ngọc Ánh, Điều dưỡng trưởng khoa, bày tỏ sự đồng tình với báo cáo và cho rằng áp "
              "lực lớn nhất của khoa hiện nay là nhân lực điều dưỡng: với công suất giường bệnh trên 115% nhưng số "
              "điều dưỡng không tăng, mỗi điều dưỡng trong ca trực phải chăm sóc trung bình 14 đến 16 người bệnh, "
              "vượt xa định mức. Đồng chí đề nghị chi bộ kiến nghị Ban Giám đốc cho khoa được điều động tạm thời "
              "hai điều dưỡng từ khối khám bệnh trong những tháng cao điểm, đồng thời đề nghị đưa việc kiểm tra "
              "chéo hồ sơ điều dưỡng vào nội dung giao ban hằng tuần để kịp thời uốn nắn các sai sót nhỏ."),
            P("Đồng chí Trần Quốc Bảo phát biểu bổ sung về quy trình chuyển người bệnh nặng, cho biết trong tháng "
              "qua có hai trường hợp người bệnh phải chờ hơn một giờ mới được chuyển lên Khoa Hồi sức tích cực - "
              "Chống độc do chưa thống nhất được người đi kèm và phương tiện vận chuyển; theo đồng chí, đây là khâu "
              "yếu cần được rà soát lại một cách căn cơ, có văn bản thống nhất giữa hai khoa, chứ không thể chỉ giải "
              "quyết bằng trao đổi qua điện thoại như thời gian qua."),
            P("Đồng chí Nguyễn Đình Hiệp, đảng viên dự bị, bác sĩ điều trị, thẳng thắn nhận khuyết điểm vì có hai "
              "bệnh án do mình phụ trách bị Phòng Kế hoạch tổng hợp nhắc nhở trong đợt kiểm tra tháng 4; đồng chí "
              "hứa sẽ rút kinh nghiệm, đồng thời mong các đồng chí bác sĩ có thâm niên dành thời gian hướng dẫn "
              "thêm cho lớp bác sĩ trẻ về cách ghi diễn biến bệnh và y lệnh cho đúng quy chế."),
            P("Đồng chí Lê Văn Tâm, bác sĩ, đề cập đến công tác giao tiếp, ứng xử với người bệnh: cần bố trí một điều "
              "dưỡng làm đầu mối giải thích về chi phí ngoài danh mục bảo hiểm y tế ngay khi người bệnh nhập khoa, "
              "tránh để người nhà phải hỏi nhiều nơi; đồng chí cũng đề nghị khoa dán bảng giá dịch vụ ở khu vực chờ."),
            P("Sau phần thảo luận, đồng chí chủ trì đề nghị chi bộ biểu quyết thông qua phương hướng, nhiệm vụ tháng "
              "5/2024 như dự thảo đã trình bày, có bổ sung các ý kiến đóng góp tại buổi sinh hoạt."),
            H("IV. BIỂU QUYẾT"),
            P("Kết quả biểu quyết: 17/17 đồng chí có mặt tán thành, đạt tỷ lệ 100%; không có đồng chí nào không tán "
              "thành."),
            H("V. PHÂN CÔNG NHIỆM VỤ"),
            P("Đồng chí Trần Quốc Bảo được giao rà soát toàn bộ quy trình chuyển người bệnh nặng từ khoa lên Khoa "
              "Hồi sức tích cực - Chống độc. Trong quá trình rà soát, đồng chí chủ động làm việc với Phòng Kế hoạch "
              "tổng hợp và Phòng Quản lý chất lượng để thống nhất thời gian hội chẩn, phương tiện vận chuyển và "
              "người đi kèm. Kết quả rà soát và dự thảo văn bản phối hợp giữa hai khoa do đồng chí trình bày tại kỳ "
              "sinh hoạt tháng 6/2024."),
            P("Đồng chí Phan Thị Ngọc Ánh chịu trách nhiệm xây dựng lịch trực tăng cường cho điều dưỡng trong các "
              "tháng nắng nóng, bảo đảm mỗi buồng bệnh nặng luôn có ít nhất 02 điều dưỡng, hoàn thành trong tháng "
              "5/2024."),
            P("Tổ Công đoàn khoa được giao phối hợp với Ban Chấp hành Công đoàn Bệnh viện thăm hỏi gia đình đồng chí "
              "Trần Văn Phúc và những đoàn viên có hoàn cảnh khó khăn, thực hiện thường xuyên."),
            P("Đồng chí Lê Thị Thanh Hương hoàn thiện hồ sơ thi đua sáu tháng đầu năm của chi bộ, nộp Văn phòng Đảng "
              "ủy trước ngày 25/6/2024."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 30 phút cùng ngày. Biên bản đã được thư ký đọc lại toàn văn trước "
              "chi bộ; các đồng chí dự họp không có ý kiến bổ sung và nhất trí thông qua. Biên bản được lập thành 02 "
              "bản, 01 bản lưu tại chi bộ, 01 bản gửi Văn phòng Đảng ủy Bệnh viện."),
            S(["THƯ KÝ", "", "", "Lê Thị Thanh Hương"], ["T/M CHI BỘ", "BÍ THƯ", "", "Hồ Sỹ Thắng"]),
        ],
        "truth": minute(
            meeting("regular", "2024-05-14", "14:00", "16:30", "Hội trường tầng 3 nhà điều trị Khoa Nội tổng hợp",
                    _Z04_CELL, _Z04_COMM),
            "Hồ Sỹ Thắng", "Bí thư chi bộ", "Lê Thị Thanh Hương",
            attendance(19, 17, 1, 1, 0, 1, [("Nguyễn Thị Mỹ Duyên", "trực cấp cứu, có báo cáo", True)]),
            False,
            [vote("Thông qua phương hướng, nhiệm vụ tháng 5/2024", 17, 0, None, 100)],
            [task("Trần Quốc Bảo", "rà soát toàn bộ quy trình chuyển người bệnh nặng từ khoa lên Khoa Hồi sức tích "
                  "cực - Chống độc", "kỳ sinh hoạt tháng 6/2024"),
             task("Phan Thị Ngọc Ánh", "xây dựng lịch trực tăng cường cho điều dưỡng trong các tháng nắng nóng, bảo "
                  "đảm mỗi buồng bệnh nặng luôn có ít nhất 02 điều dưỡng", "tháng 5/2024"),
             task("Tổ Công đoàn khoa", "phối hợp với Ban Chấp hành Công đoàn Bệnh viện thăm hỏi gia đình đồng chí Trần "
                  "Văn Phúc và những đoàn viên có hoàn cảnh khó khăn", "thường xuyên"),
             task("Lê Thị Thanh Hương", "hoàn thiện hồ sơ thi đua sáu tháng đầu năm của chi bộ, nộp Văn phòng Đảng ủy",
                  "25/6/2024")],
            ["missing_conclusion"]),
    }],
    "flags": [],
    "scans": [],
})


# z05 ── Gia Lai, army company. Sections in an unusual order: discussion of the circulated draft first, then the
# summary of last month, tasks, the chair's conclusion, the vote last. No defect.
_Z05_CELL = "CHI BỘ ĐẠI ĐỘI 9"
_Z05_COMM = "ĐẢNG ỦY TIỂU ĐOÀN 3"
DOCS.append({
    "name": "z05-gialai-army-company-unusual-order",
    "folder": "test",
    "born_digital": True,
    "style": {"family": "dejavu", "size": 12, "justify": True, "left": 78, "right": 56, "spacing": 1.3,
              "indent": 26, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY TIỂU ĐOÀN 3", "CHI BỘ ĐẠI ĐỘI 9", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đắk Pơ, ngày 01 tháng 7 năm 2024"], bold_left=(1,)),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ"),
            C("Ra nghị quyết lãnh đạo thực hiện nhiệm vụ tháng 7 năm 2024", bold=False, italic=True),
            G(6),
            L("Thời gian: từ 07 giờ 30 đến 09 giờ 45 ngày 01/7/2024."),
            L("Địa điểm: Hội trường Đại đội 9."),
            L("Quân số đảng viên: 14 đồng chí; có mặt 13 đồng chí; vắng 01 đồng chí (Trung sĩ Rơ Châm Thuận đi học "
              "lớp tiểu đội trưởng, có quyết định).", hang=0),
            L("Chủ trì hội nghị: Thượng úy Nguyễn Đình Khôi - Bí thư chi bộ, Chính trị viên đại đội."),
            L("Thư ký hội nghị: Trung úy Đặng Văn Lợi - Chi ủy viên."),
            L("Dự và chỉ đạo: Đại úy Lương Văn Mạnh - Phó Bí thư Đảng ủy, Chính trị viên tiểu đoàn."),
            P("Dự thảo báo cáo kết quả tháng 6 và dự thảo nghị quyết tháng 7 đã được chi ủy gửi tới các tổ đảng "
              "nghiên cứu từ ngày 27/6/2024, vì vậy hội nghị đi ngay vào thảo luận, sau đó đồng chí Bí thư tóm tắt "
              "kết quả tháng 6 và chi ủy phân công nhiệm vụ."),
            H("I. THẢO LUẬN DỰ THẢO"),
            L("- Đ/c Hoàng Văn Thạch (Trung đội trưởng trung đội 1): nhất trí dự thảo; đề nghị ghi chỉ tiêu bắn đạn "
              "thật bài 1 đạt khá giỏi 60% trở lên vào nghị quyết, vì tháng 6 đơn vị mới đạt 52%.", hang=12),
            L("- Đ/c Rơ Mah Phin (Tiểu đội trưởng tiểu đội 4): mùa mưa đã bắt đầu, dãy nhà C2 dột nhiều chỗ; đề nghị "
              "sửa chữa ngay, không chờ kinh phí của trên.", hang=12),
            L("- Đ/c Trần Văn Lực (Quản lý đại đội): tháng 6 tăng gia được 1,2 tấn rau xanh; đề nghị bố trí thêm "
              "ngày công cho khu chăn nuôi.", hang=12),
            L("- Đ/c Lương Văn Mạnh (Chính trị viên tiểu đoàn): đánh giá chi bộ chuẩn bị hội nghị chu đáo; lưu ý "
              "quản lý chặt việc chiến sĩ sử dụng điện thoại thông minh và mạng xã hội ngoài giờ quy định.",
              hang=12),
            H("II. TÓM TẮT KẾT QUẢ THÁNG 6/2024"),
            P("Đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu; hoàn thành huấn luyện giai đoạn 1 cho chiến sĩ "
              "mới, kiểm tra 100% đạt yêu cầu, 64% khá giỏi; không có vụ việc vi phạm kỷ luật nghiêm trọng; chi bộ "
              "giới thiệu 01 quần chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng. Hạn chế: tổ đảng 2 chưa duy "
              "trì đều sinh hoạt tổ đảng hằng tuần; một số chiến sĩ còn dùng điện thoại sau giờ ngủ."),
            H("III. PHÂN CÔNG NHIỆM VỤ THÁNG 7"),
            P("Chi ủy phân công:"),
            L("1. Đồng chí Đại đội trưởng phụ trách huấn luyện bắn đạn thật bài 1, bảo đảm an toàn tuyệt đối; kiểm "
              "tra xong trong tuần thứ ba của tháng.", hang=14),
            L("2. Trung úy Đặng Văn Lợi cùng tổ đảng 2 chấn chỉnh nền nếp sinh hoạt tổ đảng, báo cáo kết quả ở hội "
              "nghị tháng 8.", hang=14),
            L("3. Tổ đảng 1 lãnh đạo trung đội 1 sửa mái dãy nhà C2, xong trước 15/7/2024.", hang=14),
            L("4. Đồng chí Trần Văn Lực bố trí lịch tăng gia, chăn nuôi, kiểm tra hằng tuần.", hang=14),
            H("IV. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Tiếp thu ý kiến chỉ đạo của đồng chí Chính trị viên tiểu đoàn và ý kiến của các đồng chí đảng viên, "
              "đồng chí Nguyễn Đình Khôi kết luận: tháng 7 chi bộ lãnh đạo đơn vị hoàn thành huấn luyện bắn đạn "
              "thật với tỷ lệ khá giỏi từ 60% trở lên; giữ nghiêm kỷ luật, quản lý chặt việc sử dụng điện thoại của "
              "chiến sĩ; khắc phục ngay doanh trại xuống cấp trước mùa mưa lớn; tổ đảng 2 phải sinh hoạt đủ 4 buổi "
              "trong tháng."),
            H("V. BIỂU QUYẾT"),
            P("Hội nghị biểu quyết thông qua nghị quyết lãnh đạo tháng 7/2024: 13/13 đồng chí có mặt tán thành, đạt "
              "100%."),
            P("Hội nghị bế mạc lúc 09 giờ 45 phút. Biên bản đã được thông qua trước hội nghị, 13/13 đồng chí nhất "
              "trí."),
            S(["THƯ KÝ", "", "", "Trung úy Đặng Văn Lợi"], ["T/M CHI BỘ", "BÍ THƯ", "", "Thượng úy Nguyễn Đình Khôi"]),
        ],
        "truth": minute(
            meeting("regular", "2024-07-01", "07:30", "09:45", "Hội trường Đại đội 9", _Z05_CELL, _Z05_COMM),
            "Nguyễn Đình Khôi", "Bí thư chi bộ", "Đặng Văn Lợi",
            attendance(14, 13, 1, 1, 0, 0, [("Rơ Châm Thuận", "đi học lớp tiểu đội trưởng, có quyết định", True)],
                       [("Lương Văn Mạnh", "Phó Bí thư Đảng ủy, Chính trị viên tiểu đoàn")]),
            True,
            [vote("Thông qua nghị quyết lãnh đạo tháng 7/2024", 13, None, None, 100)],
            [task("Đại đội trưởng", "phụ trách huấn luyện bắn đạn thật bài 1, bảo đảm an toàn tuyệt đối",
                  "tuần thứ ba của tháng"),
             task("Đặng Văn Lợi", "cùng tổ đảng 2 chấn chỉnh nền nếp sinh hoạt tổ đảng", "hội nghị tháng 8"),
             task("Tổ đảng 1", "lãnh đạo trung đội 1 sửa mái dãy nhà C2", "15/7/2024"),
             task("Trần Văn Lực", "bố trí lịch tăng gia, chăn nuôi, kiểm tra hằng tuần", "hằng tuần")],
            []),
    }],
    "flags": [],
    "scans": [],
})


# z06 ── Đà Nẵng, ward police cell, September 2025. Q&A discussion; 18/22 present, all absences excused.
_Z06_CELL = "CHI BỘ CÔNG AN PHƯỜNG"
_Z06_COMM = "ĐẢNG BỘ PHƯỜNG HẢI CHÂU"
DOCS.append({
    "name": "z06-danang-ward-police-qa-low-attendance",
    "folder": "test",
    "born_digital": True,
    "style": {"family": "sans", "size": 12, "justify": True, "left": 80, "right": 55, "spacing": 1.3,
              "indent": 22, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG HẢI CHÂU", "CHI BỘ CÔNG AN PHƯỜNG", "Số: 17-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Châu, ngày 12 tháng 9 năm 2025"], bold_left=(1,), size=11),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9/2025"),
            G(6),
            P("Hồi 14 giờ 00 phút ngày 12/9/2025, tại Hội trường Công an phường Hải Châu, Chi bộ Công an phường tiến "
              "hành sinh hoạt thường kỳ tháng 9/2025."),
            P("Chủ trì: Trung tá Phan Thanh Tùng, Bí thư chi bộ, Trưởng Công an phường. Thư ký: Đại úy Võ Thị Hạnh."),
            P("Tổng số đảng viên: 22 (20 chính thức, 02 dự bị). Có mặt: 18. Vắng: 04, đều có lý do:"),
            L("+ Thiếu tá Lê Công Vinh: đi học lớp Trung cấp lý luận chính trị;", hang=10),
            L("+ Đại úy Huỳnh Tấn Phát: trực ban;", hang=10),
            L("+ Thượng úy Ngô Thị Kim Yến: nghỉ phép;", hang=10),
            L("+ Trung úy Trần Bá Lộc: bảo vệ mục tiêu theo kế hoạch của Công an thành phố.", hang=10),
            H("1. Thông tin"),
            P("Đồng chí Bí thư thông tin kết quả Đại hội Đảng bộ phường Hải Châu lần thứ I, nhiệm kỳ 2025 - 2030 và "
              "kế hoạch học tập, quán triệt nghị quyết đại hội; tình hình an ninh trật tự trên địa bàn sau sắp xếp "
              "đơn vị hành chính, lượng khách du lịch tăng mạnh dịp nghỉ lễ Quốc khánh 2/9."),
            H("2. Kết quả tháng 8/2025"),
            P("Công an phường tiếp nhận, giải quyết 46 tin báo, tố giác tội phạm, không để tồn đọng; hướng dẫn 3.120 "
              "lượt người dân cập nhật thông tin cư trú sau khi đổi địa giới hành chính; bảo đảm tuyệt đối an toàn "
              "các hoạt động kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh. Tồn tại: còn để xảy ra 03 vụ trộm "
              "cắp xe máy ở khu vực chợ đêm; việc quản lý cơ sở lưu trú ngắn ngày chưa chặt."),
            H("3. Nhiệm vụ tháng 9/2025"),
            P("Tập trung tấn công trấn áp tội phạm trộm cắp tài sản; rà soát cơ sở cho thuê căn hộ ngắn ngày; hoàn "
              "thành việc hướng dẫn người dân cập nhật địa chỉ mới trên ứng dụng VNeID; chuẩn bị sinh hoạt chuyên "
              "đề quý IV."),
            H("4. Thảo luận"),
            P("Đ/c Nguyễn Văn Sang (Cảnh sát khu vực) hỏi: khu vực tổ 14 có nhiều căn hộ cho thuê theo ngày, chủ nhà "
              "không khai báo lưu trú qua ứng dụng, xử lý thế nào cho thống nhất giữa các tổ?"),
            P("Đ/c Trưởng Công an phường trả lời: trước hết lập danh sách, mời chủ nhà lên làm việc, lần đầu nhắc nhở "
              "và hướng dẫn; tái phạm thì lập biên bản xử phạt theo quy định, không để mỗi tổ làm một kiểu."),
            P("Đ/c Đoàn Thị Mỹ Linh hỏi: người cao tuổi không dùng điện thoại thông minh thì cập nhật địa chỉ mới "
              "bằng cách nào?"),
            P("Đ/c Lê Văn Cường (Phó Trưởng Công an phường) trả lời: tổ công tác đến tận nhà thu thập thông tin, nhập "
              "trên thiết bị của đơn vị; những trường hợp ốm đau thì hẹn lịch với tổ trưởng tổ dân phố."),
            P("Đồng chí chủ trì kết luận: (1) chi bộ đánh giá tháng 8 đơn vị hoàn thành tốt nhiệm vụ bảo vệ các sự "
              "kiện lớn; (2) tháng 9 tập trung kéo giảm tội phạm trộm cắp, siết chặt quản lý lưu trú, thống nhất "
              "một cách xử lý trong toàn đơn vị; (3) mỗi đảng viên phải gương mẫu về tác phong, thái độ khi tiếp "
              "xúc nhân dân."),
            H("5. Biểu quyết"),
            P("Chi bộ biểu quyết thông qua kết luận: tán thành 18/18; không tán thành: 0; ý kiến khác: 0."),
            H("6. Phân công"),
            L("- Đ/c Lê Văn Cường được giao chỉ đạo các tổ Cảnh sát khu vực hướng dẫn người dân cập nhật địa chỉ mới "
              "trên VNeID, xong trước ngày 30-9-2025.", hang=10),
            L("- Tổ Cảnh sát khu vực được giao rà soát, lập danh sách căn hộ cho thuê ngắn ngày, hoàn thành trong "
              "tháng 10/2025.", hang=10),
            L("- Tổ Cảnh sát trật tự được giao tuần tra khu vực chợ đêm hằng đêm, từ 21 giờ đến 01 giờ sáng.",
              hang=10),
            L("- Đ/c Võ Thị Hạnh và đ/c Đoàn Thị Mỹ Linh được giao chuẩn bị nội dung sinh hoạt chuyên đề quý IV, gửi "
              "chi ủy trước ngày 05/10/2025.", hang=10),
            P("Sinh hoạt kết thúc lúc 16 giờ 15 phút cùng ngày; biên bản đã được đọc lại, chi bộ thống nhất "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Võ Thị Hạnh"], ["BÍ THƯ CHI BỘ", "", "", "Phan Thanh Tùng"]),
        ],
        "truth": minute(
            meeting("regular", "2025-09-12", "14:00", "16:15", "Hội trường Công an phường Hải Châu",
                    _Z06_CELL, _Z06_COMM),
            "Phan Thanh Tùng", "Bí thư chi bộ", "Võ Thị Hạnh",
            attendance(22, 18, 4, 4, 0, 0,
                       [("Lê Công Vinh", "đi học lớp Trung cấp lý luận chính trị", True),
                        ("Huỳnh Tấn Phát", "trực ban", True),
                        ("Ngô Thị Kim Yến", "nghỉ phép", True),
                        ("Trần Bá Lộc", "bảo vệ mục tiêu theo kế hoạch của Công an thành phố", True)]),
            True,
            [vote("Thông qua kết luận của chủ trì", 18, 0, 0, None)],
            [task("Lê Văn Cường", "chỉ đạo các tổ Cảnh sát khu vực hướng dẫn người dân cập nhật địa chỉ mới trên VNeID",
                  "30-9-2025"),
             task("Tổ Cảnh sát khu vực", "rà soát, lập danh sách căn hộ cho thuê ngắn ngày", "tháng 10/2025"),
             task("Tổ Cảnh sát trật tự", "tuần tra khu vực chợ đêm hằng đêm, từ 21 giờ đến 01 giờ sáng", "hằng đêm"),
             task("Võ Thị Hạnh", "chuẩn bị nội dung sinh hoạt chuyên đề quý IV, gửi chi ủy", "05/10/2025"),
             task("Đoàn Thị Mỹ Linh", "chuẩn bị nội dung sinh hoạt chuyên đề quý IV, gửi chi ủy", "05/10/2025")],
            ["low_attendance"]),
    }],
    "flags": [],
    "scans": [],
})


# z07 ── Huế, retired members' cell of a ward; typewriter face, counts in words; only general calls; one
# absentee "không báo".
_Z07_CELL = "CHI BỘ HƯU TRÍ SỐ 2"
_Z07_COMM = "ĐẢNG BỘ PHƯỜNG VĨNH NINH"
DOCS.append({
    "name": "z07-hue-retired-cell-typewriter-general-call",
    "folder": "test",
    "born_digital": True,
    "style": {"family": "mono", "size": 10.5, "justify": False, "left": 72, "right": 50, "spacing": 1.45,
              "indent": 30, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG VĨNH NINH", "CHI BỘ HƯU TRÍ SỐ 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Huế, ngày 15 tháng 10 năm 2024"], bold_left=(1,), size=10),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("THÁNG MƯỜI NĂM 2024"),
            G(8),
            P("Hôm nay, ngày mười lăm tháng mười năm hai nghìn không trăm hai mươi bốn, vào lúc 8 giờ, tại nhà sinh "
              "hoạt cộng đồng tổ dân phố 9, phường Vĩnh Ninh, Chi bộ Hưu trí số 2 họp thường kỳ tháng Mười."),
            P("Chi bộ có ba mươi mốt đảng viên, trong đó chín đồng chí được miễn sinh hoạt vì tuổi cao, sức yếu. Có "
              "mặt hai mươi đồng chí. Vắng hai đồng chí: đồng chí Tôn Nữ Thị Hoài (đi chữa bệnh trong Sài Gòn, có báo "
              "trước) và đồng chí Lê Bá Quát (không báo)."),
            P("Đồng chí Trương Văn Lịch, Bí thư chi bộ, chủ trì; đồng chí Nguyễn Thị Diệu Hiền ghi biên bản."),
            P("Về thông tin thời sự: đồng chí Bí thư đọc tóm tắt tình hình khắc phục hậu quả cơn bão số 3 ở các tỉnh "
              "phía Bắc và kết quả quyên góp ủng hộ của phường; thông tin việc Thừa Thiên Huế đang hoàn tất các thủ "
              "tục để trở thành thành phố trực thuộc Trung ương; nhắc lịch tiêm phòng cúm miễn phí cho người từ 75 "
              "tuổi trở lên tại trạm y tế phường."),
            P("Về tình hình tháng chín: chi bộ ủng hộ đồng bào vùng bão lũ sáu triệu bốn trăm năm mươi nghìn đồng; "
              "đảng viên đóng đảng phí đầy đủ; chi ủy đã đến thăm hai đồng chí nằm viện. Còn một số đồng chí ít tham "
              "gia sinh hoạt ở tổ dân phố, chưa nắm được tình hình con cháu trong khu."),
            P("Về công việc tháng mười: chuẩn bị phòng chống bão lụt; tham gia góp ý dự thảo văn kiện Đại hội Đảng bộ "
              "phường; chăm lo sức khỏe đảng viên cao tuổi; tổ chức mừng thọ các đồng chí tròn tuổi 80, 85, 90."),
            P("Ý kiến của đảng viên:"),
            L("- Đ/c Hoàng Trọng Kiên: kiệt 42 Phan Đình Phùng mưa là ngập, nên kiến nghị phường nạo vét sớm.",
              hang=18),
            L("- Đ/c Phạm Thị Liên: đề nghị tổ chức cho các đồng chí tuổi cao đi viếng Nghĩa trang Liệt sĩ Trường "
              "Sơn vào dịp thuận tiện.", hang=18),
            L("- Đ/c Trần Đình Bách: nhiều cháu thanh niên trong khu mê trò chơi điện tử, bỏ học; gia đình đảng "
              "viên phải làm gương.", hang=18),
            P("Đồng chí Bí thư kết luận: chi bộ ghi nhận các ý kiến; tháng Mười chi bộ tập trung giữ vững đoàn kết, "
              "chủ động phòng chống bão lụt, chăm lo sức khỏe đảng viên cao tuổi. Đề nghị các đồng chí tiếp tục "
              "gương mẫu, nhắc nhở con cháu chấp hành tốt pháp luật; các đồng chí còn sức khỏe tích cực tham gia "
              "sinh hoạt ở tổ dân phố và các đoàn thể; mỗi đảng viên chủ động chằng chống nhà cửa, chuẩn bị lương "
              "thực cho gia đình mình trong mùa mưa bão. Ý kiến về nạo vét kiệt, chi bộ sẽ phản ánh lên Đảng ủy "
              "phường."),
            P("Biểu quyết: hai mươi trên hai mươi đồng chí có mặt nhất trí (100%)."),
            P("Cuộc họp kết thúc lúc 10 giờ. Biên bản đọc lại, chi bộ nhất trí thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Nguyễn Thị Diệu Hiền"], ["BÍ THƯ CHI BỘ", "", "", "Trương Văn Lịch"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-15", "08:00", "10:00",
                    "nhà sinh hoạt cộng đồng tổ dân phố 9, phường Vĩnh Ninh", _Z07_CELL, _Z07_COMM),
            "Trương Văn Lịch", "Bí thư chi bộ", "Nguyễn Thị Diệu Hiền",
            attendance(31, 20, 2, 1, 1, 9,
                       [("Tôn Nữ Thị Hoài", "đi chữa bệnh trong Sài Gòn, có báo trước", True),
                        ("Lê Bá Quát", "không báo", False)]),
            True,
            [vote("Thông qua kết luận", 20, None, None, 100)],
            [],
            ["missing_assignments", "unexcused_absence"]),
    }],
    "flags": [],
    "scans": [],
})


# z08 ── Lào Cai, ethnic boarding school. Exactly 90 % and exactly 90 minutes; quotes; "Đề nghị đồng chí …".
_Z08_CELL = "CHI BỘ TRƯỜNG PTDTBT TH VÀ THCS Y TÝ"
_Z08_COMM = "ĐẢNG BỘ XÃ Y TÝ"
DOCS.append({
    "name": "z08-laocai-boarding-school-quotes-90pct-90min",
    "folder": "test",
    "born_digital": True,
    "style": {"family": "serif", "size": 13, "justify": False, "left": 80, "right": 60, "spacing": 1.3,
              "indent": 28, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ Y TÝ", "CHI BỘ TRƯỜNG PTDTBT", "TH VÀ THCS Y TÝ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Y Tý, ngày 28 tháng 8 năm 2023"], bold_left=(1, 2)),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THÁNG 8 NĂM 2023"),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: bắt đầu lúc 16 giờ 15 phút ngày 28/8/2023."),
            L("2. Địa điểm: Phòng Hội đồng nhà trường."),
            L("3. Thành phần:"),
            L("- Tổng số đảng viên: 21 đồng chí; miễn sinh hoạt: 01 đồng chí (Hoàng Văn Pao, ốm dài ngày); phải "
              "dự: 20 đồng chí.", hang=12),
            L("- Có mặt: 18/20 đồng chí, đạt 90%. Vắng 02 đồng chí, cụ thể:", hang=12),
            TC([(0.10, "STT", "c"), (0.36, "Họ và tên", "l"), (0.54, "Lý do vắng mặt", "l")],
               [["1", "Vàng Thị Dợ", "Nghỉ sinh con"],
                ["2", "Lù Văn Sinh", "Đưa học sinh ốm xuống Bệnh viện đa khoa huyện Bát Xát"]]),
            L("- Chủ trì: đồng chí Nguyễn Văn Tiệp, Bí thư chi bộ, Hiệu trưởng.", hang=12),
            L("- Thư ký: đồng chí Đỗ Thị Thu Hà.", hang=12),
            H("II. NỘI DUNG"),
            L("1. Công tác chuẩn bị năm học 2023 - 2024"),
            P("Đồng chí Phó Hiệu trưởng Lồ Văn Hùng báo cáo: đến ngày 27/8 đã huy động 96% học sinh ra lớp, còn 14 em "
              "ở thôn Mò Phú Chải và Ngải Thầu chưa xuống trường; khu nội trú đã sửa xong 8 phòng, còn thiếu 40 chăn "
              "bông cho mùa đông; sách giáo khoa lớp 4, lớp 8 theo chương trình mới đã về đủ; bếp ăn bán trú đã được "
              "kiểm tra an toàn thực phẩm."),
            L("2. Ý kiến thảo luận"),
            P("Cô Phùng Thị Hạnh (tổ Ngữ văn - Sử): “Năm nay lớp 8 học sách mới, có đồng chí chưa được tập huấn đủ. "
              "Tôi đề nghị chi bộ cho dự giờ chéo ngay từ tuần đầu để kịp rút kinh nghiệm.”"),
            P("Thầy Vàng A Chứ (tổ Toán - Tin): “Các em ở Mò Phú Chải chưa xuống là do nhà đang gặt lúa nương. Tôi "
              "biết tiếng, xin lên cùng trưởng thôn vận động.”"),
            P("Đồng chí Tẩn Láo Lở (nhân viên y tế) nêu: trời chuyển lạnh sớm, học sinh nội trú hay sốt, ho; đề nghị "
              "bổ sung tủ thuốc và lập sổ theo dõi sức khỏe từng em."),
            H("III. KẾT LUẬN"),
            P("Đồng chí Bí thư kết luận:"),
            L("1. Chi bộ đánh giá công tác chuẩn bị năm học cơ bản đáp ứng yêu cầu.", hang=16),
            L("2. Trọng tâm trước khai giảng: huy động 100% học sinh ra lớp, hoàn thiện khu nội trú, chuẩn bị chăn "
              "ấm cho mùa đông.", hang=16),
            L("3. Đổi mới sinh hoạt chuyên môn lớp 8, chú trọng dự giờ, rút kinh nghiệm.", hang=16),
            P("Chi bộ biểu quyết. Tán thành: 18; không tán thành: 0; không biểu quyết: 0 (đạt 100%)."),
            H("IV. PHÂN CÔNG"),
            L("- Đề nghị đồng chí Vàng A Chứ cùng trưởng thôn Mò Phú Chải vận động 14 học sinh còn lại ra lớp trước "
              "ngày khai giảng.", hang=12),
            L("- Đề nghị đồng chí Lồ Văn Hùng liên hệ Hội Chữ thập đỏ huyện xin hỗ trợ 40 chăn bông, xong trong "
              "tháng 9.", hang=12),
            L("- Đề nghị tổ Ngữ văn - Sử chủ trì dự giờ chéo các lớp 8, thực hiện hằng tuần.", hang=12),
            L("- Đề nghị đồng chí Tẩn Láo Lở lập sổ theo dõi sức khỏe học sinh nội trú trong học kỳ I.", hang=12),
            P("Buổi sinh hoạt kết thúc lúc 17 giờ 45 phút. Biên bản được đọc lại, chi bộ nhất trí 100%."),
            S(["THƯ KÝ", "", "", "Đỗ Thị Thu Hà"], ["BÍ THƯ", "", "", "Nguyễn Văn Tiệp"]),
        ],
        "truth": minute(
            meeting("regular", "2023-08-28", "16:15", "17:45", "Phòng Hội đồng nhà trường", _Z08_CELL, _Z08_COMM),
            "Nguyễn Văn Tiệp", "Bí thư chi bộ", "Đỗ Thị Thu Hà",
            attendance(21, 18, 2, 2, 0, 1,
                       [("Vàng Thị Dợ", "Nghỉ sinh con", True),
                        ("Lù Văn Sinh", "Đưa học sinh ốm xuống Bệnh viện đa khoa huyện Bát Xát", True)]),
            True,
            [vote("Thông qua kết luận", 18, 0, 0, 100)],
            [task("Vàng A Chứ", "cùng trưởng thôn Mò Phú Chải vận động 14 học sinh còn lại ra lớp", "ngày khai giảng"),
             task("Lồ Văn Hùng", "liên hệ Hội Chữ thập đỏ huyện xin hỗ trợ 40 chăn bông", "tháng 9"),
             task("tổ Ngữ văn - Sử", "chủ trì dự giờ chéo các lớp 8", "hằng tuần"),
             task("Tẩn Láo Lở", "lập sổ theo dõi sức khỏe học sinh nội trú", "học kỳ I")],
            []),
    }],
    "flags": [],
    "scans": [],
})


# z09 ── Hà Nội, residential cell of a ward; regular + thematic meeting held together in 110 minutes.
_Z09_CELL = "CHI BỘ TỔ DÂN PHỐ SỐ 12"
_Z09_COMM = "ĐẢNG BỘ PHƯỜNG KHƯƠNG ĐÌNH"
_Z09_TOPIC = ("Phát huy vai trò nêu gương của đảng viên trong xây dựng tổ dân phố văn minh, an toàn")
DOCS.append({
    "name": "z09-hanoi-ward-combined-110min",
    "folder": "test",
    "born_digital": True,
    "style": {"family": "serif", "size": 12.5, "justify": True, "left": 85, "right": 57, "spacing": 1.3,
              "indent": 30, "para_gap": 2, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG KHƯƠNG ĐÌNH", "CHI BỘ TỔ DÂN PHỐ SỐ 12", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Khương Đình, ngày 18 tháng 4 năm 2024"], bold_left=(1,)),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4/2024"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II/2024"),
            C("Chuyên đề: " + _Z09_TOPIC, bold=False, italic=True),
            G(6),
            L("* Thời gian: 19 giờ 30 phút ngày 18/4/2024."),
            L("* Địa điểm: Nhà văn hóa tổ dân phố số 12."),
            L("* Thành phần: tổng số đảng viên của chi bộ 38 đồng chí; miễn sinh hoạt 07 đồng chí; có mặt 29/31 đồng "
              "chí phải sinh hoạt. Vắng có lý do 02 đồng chí: Đàm Thị Ngân (đang nằm viện), Khổng Minh Đức (công tác "
              "tại Quảng Ninh).", hang=10),
            L("* Đại biểu: đồng chí Lưu Thị Bích Thủy, Đảng ủy viên, phụ trách địa bàn."),
            L("* Chủ trì: đồng chí Kiều Văn Thịnh, Bí thư chi bộ. Thư ký: đồng chí Tạ Thu Nga."),
            H("PHẦN THỨ NHẤT - SINH HOẠT THƯỜNG KỲ"),
            L("1. Thông tin thời sự", italic=True),
            P("Đồng chí Bí thư thông tin về kế hoạch của thành phố tổ chức các hoạt động kỷ niệm 70 năm Chiến thắng "
              "Điện Biên Phủ; tình hình cháy nổ ở nhà trọ, chung cư mini trên địa bàn thành phố và yêu cầu kiểm tra "
              "phòng cháy chữa cháy tại các hộ kinh doanh kết hợp để ở."),
            L("2. Kết quả tháng 3/2024", italic=True),
            P("Chi bộ lãnh đạo tổ dân phố hoàn thành thu quỹ Vì người nghèo; vận động 100% hộ có nhà cho thuê ký cam "
              "kết phòng cháy; tổ chức tổng vệ sinh ngõ 254 hai lần. Hạn chế: rác thải vẫn bị đổ sai giờ ở đầu ngõ; "
              "một số đảng viên chưa đăng ký nội dung nêu gương năm 2024."),
            L("3. Nhiệm vụ tháng 4/2024", italic=True),
            P("Kiểm tra phòng cháy chữa cháy ở 23 hộ kinh doanh; giữ gìn vệ sinh môi trường; tổ chức gặp mặt cựu "
              "chiến binh nhân dịp kỷ niệm Chiến thắng Điện Biên Phủ; hoàn thành đăng ký nêu gương của đảng viên."),
            H("PHẦN THỨ HAI - SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Nguyễn Quang Hưng, Phó Bí thư chi bộ, trình bày chuyên đề, nêu rõ: đảng viên ở khu dân cư "
              "phần lớn đã nghỉ hưu, có uy tín với nhân dân, vì vậy việc nêu gương phải bắt đầu từ những việc cụ "
              "thể như để xe đúng nơi quy định, đổ rác đúng giờ, không lấn chiếm vỉa hè, tham gia đầy đủ các buổi "
              "tổng vệ sinh. Chuyên đề đề xuất mỗi đảng viên đăng ký ít nhất một việc làm nêu gương và được chi bộ "
              "đánh giá vào cuối năm."),
            H("PHẦN THỨ BA - THẢO LUẬN, KẾT LUẬN"),
            P("Có 05 ý kiến phát biểu:"),
            L("- Đ/c Mai Xuân Trường: nhất trí chuyên đề; đề nghị công khai bản đăng ký nêu gương tại nhà văn hóa.",
              hang=10),
            L("- Đ/c Vương Thị Hằng: đầu ngõ 254 thiếu đèn chiếu sáng, nên kiến nghị phường lắp thêm.", hang=10),
            L("- Đ/c Đặng Hữu Phúc: cần mời Cảnh sát khu vực cùng kiểm tra phòng cháy các hộ cho thuê trọ.",
              hang=10),
            L("- Đ/c Lê Thanh Bình: đề nghị nhắc nhở hộ đảng viên còn để xe lấn vỉa hè.", hang=10),
            L("- Đ/c Lưu Thị Bích Thủy (Đảng ủy viên): biểu dương chi bộ chuẩn bị chuyên đề công phu, sát thực tế.",
              hang=10),
            L("Kết luận của đồng chí Bí thư chi bộ:", bold=True),
            P("Chi bộ thống nhất cao với nội dung chuyên đề và báo cáo tháng 3; tháng 4 tập trung kiểm tra phòng "
              "cháy chữa cháy ở hộ kinh doanh và nhà cho thuê, giữ sạch ngõ xóm, làm tốt công tác tri ân cựu chiến "
              "binh. Mỗi đảng viên hoàn thành đăng ký nêu gương trong tháng, chi bộ công khai tại nhà văn hóa và đánh "
              "giá vào cuối năm. Ý kiến về đèn chiếu sáng, chi ủy tổng hợp báo cáo Đảng ủy phường."),
            P("Biểu quyết thông qua kết luận: 29/29 đồng chí có mặt tán thành (100%)."),
            H("PHÂN CÔNG THỰC HIỆN"),
            P("Chi ủy phân công:"),
            L("1. Ban công tác Mặt trận tổ dân phố chủ trì tổng vệ sinh ngõ 254, thực hiện hằng tuần.", hang=14),
            L("2. Đ/c Nguyễn Quang Hưng tập hợp bản đăng ký nêu gương của đảng viên, nộp Đảng ủy phường trước "
              "30/4/2024.", hang=14),
            L("3. Chi hội Cựu chiến binh tổ chức gặp mặt kỷ niệm 70 năm Chiến thắng Điện Biên Phủ trước ngày "
              "7/5/2024.", hang=14),
            L("4. Đ/c Đặng Hữu Phúc cùng Cảnh sát khu vực kiểm tra phòng cháy 23 hộ kinh doanh, xong trong tháng "
              "4/2024.", hang=14),
            L("5. Đ/c Tạ Thu Nga theo dõi việc thực hiện đăng ký nêu gương, tổng hợp báo cáo vào cuối năm.",
              hang=14),
            P("Buổi sinh hoạt kết thúc hồi 21 giờ 20 phút. Biên bản đã đọc lại, các đồng chí dự họp nhất trí thông "
              "qua."),
            S(["THƯ KÝ", "", "", "Tạ Thu Nga"], ["T/M CHI BỘ", "BÍ THƯ", "", "Kiều Văn Thịnh"]),
        ],
        "truth": minute(
            meeting("regular", "2024-04-18", "19:30", "21:20", "Nhà văn hóa tổ dân phố số 12", _Z09_CELL, _Z09_COMM,
                    topic=_Z09_TOPIC),
            "Kiều Văn Thịnh", "Bí thư chi bộ", "Tạ Thu Nga",
            attendance(38, 29, 2, 2, 0, 7,
                       [("Đàm Thị Ngân", "đang nằm viện", True), ("Khổng Minh Đức", "công tác tại Quảng Ninh", True)],
                       [("Lưu Thị Bích Thủy", "Đảng ủy viên, phụ trách địa bàn")]),
            True,
            [vote("Thông qua kết luận", 29, None, None, 100)],
            [task("Ban công tác Mặt trận tổ dân phố", "chủ trì tổng vệ sinh ngõ 254", "hằng tuần"),
             task("Nguyễn Quang Hưng", "tập hợp bản đăng ký nêu gương của đảng viên, nộp Đảng ủy phường", "30/4/2024"),
             task("Chi hội Cựu chiến binh", "tổ chức gặp mặt kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", "7/5/2024"),
             task("Đặng Hữu Phúc", "cùng Cảnh sát khu vực kiểm tra phòng cháy 23 hộ kinh doanh", "tháng 4/2024"),
             task("Tạ Thu Nga", "theo dõi việc thực hiện đăng ký nêu gương, tổng hợp báo cáo", "cuối năm")],
            ["short_meeting"]),
    }],
    "flags": [],
    "scans": [{"name": "z12-hanoi-ward-scan-moderate", "folder": "test", "damage": "moderate", "seed": 5917,
               "dpi": 200}],
})


# z10 ── An Giang, irrigation sub-department of a provincial agency. Conclusion without heading; no vote; the
# minute stops at the end time (no read-back).
_Z10_CELL = "CHI BỘ CHI CỤC THỦY LỢI"
_Z10_COMM = "ĐẢNG BỘ SỞ NÔNG NGHIỆP VÀ PTNT TỈNH AN GIANG"
DOCS.append({
    "name": "z10-angiang-irrigation-office-no-vote-not-read",
    "folder": "test",
    "born_digital": True,
    "style": {"family": "sans", "size": 12, "justify": True, "left": 78, "right": 56, "spacing": 1.3,
              "indent": 0, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ SỞ NÔNG NGHIỆP", "VÀ PTNT TỈNH AN GIANG", "CHI BỘ CHI CỤC THỦY LỢI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Xuyên, ngày 09 tháng 11 năm 2023"], bold_left=(2,), size=11),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ"),
            C("Tháng 11/2023", bold=False, italic=True),
            G(8),
            H("A. PHẦN MỞ ĐẦU"),
            L("Thời gian: 14 giờ 00, ngày 09/11/2023. Địa điểm: Phòng họp Chi cục Thủy lợi."),
            L("Đảng viên: tổng số 14; có mặt 13; vắng 01 (Trịnh Quốc Việt - đi kiểm tra đê bao ở Tri Tôn, có báo "
              "cáo)."),
            L("Chủ trì: đ/c Huỳnh Văn Nghĩa - Bí thư chi bộ, Chi cục trưởng. Thư ký: đ/c Châu Thị Ngọc Mai."),
            H("B. NỘI DUNG SINH HOẠT"),
            L("1. Thông tin: đ/c Bí thư quán triệt văn bản của Đảng ủy Sở về chuẩn bị kiểm điểm, đánh giá, xếp loại "
              "tổ chức đảng và đảng viên năm 2023; thông tin dự báo mùa khô 2023 - 2024 có nguy cơ xâm nhập mặn "
              "sâu hơn trung bình nhiều năm ở các tỉnh ven biển."),
            L("2. Đánh giá tháng 10/2023: lũ năm nay ở mức thấp, các tuyến đê bao bảo vệ lúa thu đông an toàn; phát "
              "hiện và báo cáo kịp thời 03 điểm sạt lở bờ sông Hậu thuộc huyện Chợ Mới; hoàn thành kế hoạch kiểm tra "
              "cống đầu kênh. Hạn chế: tiến độ thẩm định hồ sơ một số công trình nạo vét kênh nội đồng còn chậm."),
            L("3. Phương hướng tháng 11/2023: theo dõi sạt lở; hoàn thiện kế hoạch thủy lợi phục vụ vụ đông xuân; "
              "tổng kết công tác phòng chống thiên tai năm 2023; chuẩn bị kiểm điểm cuối năm."),
            H("C. THẢO LUẬN"),
            L("- Đồng chí Phó Chi cục trưởng phụ trách quản lý công trình: 03 điểm sạt lở ở Chợ Mới đều gần khu dân "
              "cư, cần di dời khẩn cấp 11 hộ trước khi triển khai kè tạm.", hang=10),
            L("- Đồng chí Trưởng phòng Quản lý nước và phòng, chống thiên tai: đề nghị đưa việc kiểm tra cống ngăn mặn "
              "vào kế hoạch tháng 12, không đợi mùa khô.", hang=10),
            L("- Đ/c Lâm Thị Bảo Ngọc: hồ sơ nạo vét kênh nội đồng năm 2024 của ba huyện còn thiếu số liệu khảo sát, "
              "đề nghị các huyện bổ sung sớm.", hang=10),
            L("Trên cơ sở các ý kiến, chi bộ thống nhất những nội dung trọng tâm tháng 11/2023 như sau: một là, ưu "
              "tiên xử lý các điểm sạt lở, bảo đảm an toàn tính mạng và tài sản của nhân dân; hai là, chủ động chuẩn "
              "bị phương án ngăn mặn, trữ ngọt cho mùa khô; ba là, đẩy nhanh thẩm định hồ sơ nạo vét kênh nội đồng; "
              "bốn là, chuẩn bị chu đáo việc kiểm điểm, đánh giá, xếp loại cuối năm."),
            H("D. PHÂN CÔNG"),
            L("- Giao đồng chí Phó Chi cục trưởng Đoàn Thanh Phong kiểm tra, lập phương án xử lý 03 điểm sạt lở ở Chợ "
              "Mới, báo cáo trước 20.11.2023.", hang=10),
            L("- Giao đồng chí Lâm Thị Bảo Ngọc tham mưu kế hoạch nạo vét kênh nội đồng năm 2024, trình trong quý IV.",
              hang=10),
            L("- Giao đồng chí Trịnh Quốc Việt theo dõi tình hình đê bao vùng Bảy Núi, báo cáo thường xuyên.",
              hang=10),
            L("- Giao đồng chí Châu Thị Ngọc Mai chuẩn bị hồ sơ kiểm điểm của chi bộ, xong trước ngày 05/12/2023.",
              hang=10),
            L("Cuộc họp kết thúc lúc 16 giờ 00 cùng ngày."),
            S(["THƯ KÝ", "", "", "Châu Thị Ngọc Mai"], ["CHỦ TRÌ", "", "", "Huỳnh Văn Nghĩa"]),
        ],
        "truth": minute(
            meeting("regular", "2023-11-09", "14:00", "16:00", "Phòng họp Chi cục Thủy lợi", _Z10_CELL, _Z10_COMM),
            "Huỳnh Văn Nghĩa", "Bí thư chi bộ", "Châu Thị Ngọc Mai",
            attendance(14, 13, 1, 1, 0, 0,
                       [("Trịnh Quốc Việt", "đi kiểm tra đê bao ở Tri Tôn, có báo cáo", True)]),
            True,
            [],
            [task("Đoàn Thanh Phong", "kiểm tra, lập phương án xử lý 03 điểm sạt lở ở Chợ Mới", "20.11.2023"),
             task("Lâm Thị Bảo Ngọc", "tham mưu kế hoạch nạo vét kênh nội đồng năm 2024", "quý IV"),
             task("Trịnh Quốc Việt", "theo dõi tình hình đê bao vùng Bảy Núi", "thường xuyên"),
             task("Châu Thị Ngọc Mai", "chuẩn bị hồ sơ kiểm điểm của chi bộ", "05/12/2023")],
            ["missing_vote", "not_approved"]),
    }],
    "flags": [],
    "scans": [],
})


# z11 ── Cà Mau, private seafood company: a minute book, June–October 2024, five minutes typed on continuously.
_Z11_CELL = "CHI BỘ CÔNG TY CP THỦY SẢN TÂN HƯNG PHÁT"
_Z11_COMM = "ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH CÀ MAU"


def _z11_head(date_line):
    return HD(["ĐẢNG BỘ KHỐI DOANH NGHIỆP", "TỈNH CÀ MAU", "CHI BỘ CÔNG TY CP THỦY SẢN", "TÂN HƯNG PHÁT"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", date_line], bold_left=(2, 3), size=10.5)


def _z11_sign():
    return S(["THƯ KÝ", "", "Dương Ngọc Hân"], ["BÍ THƯ CHI BỘ", "", "Trần Thanh Bình"])


_Z11_LOC = "Phòng họp lầu 1, khu văn phòng Công ty"

_Z11_M1 = {
    "blocks": [
        _z11_head("Cà Mau, ngày 07 tháng 6 năm 2024"),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2024"),
        G(4),
        L("Thời gian: 15 giờ 00 ngày 07/6/2024. Địa điểm: " + _Z11_LOC + "."),
        L("Chủ trì: đ/c Trần Thanh Bình, Bí thư chi bộ. Thư ký: đ/c Dương Ngọc Hân."),
        L("Đảng viên dự họp: 11/12. Vắng: đ/c Lâm Văn Tỷ (không lý do)."),
        H("a) Tình hình tháng 5"),
        P("Công ty xuất 14 container tôm chế biến sang Nhật Bản và Úc, đạt 97% kế hoạch; nguyên liệu thu mua "
          "giảm do tôm nuôi bị bệnh ở một số vùng. Đảng viên đóng đảng phí đủ. Tồn tại: tổ cấp đông còn để hàng "
          "chờ cấp đông quá thời gian quy định hai lần."),
        H("b) Nhiệm vụ tháng 6"),
        P("Giữ nguồn nguyên liệu ổn định; kiểm soát dư lượng kháng sinh trước khi nhập hàng; bảo đảm an toàn lao "
          "động trong kho lạnh."),
        H("c) Ý kiến"),
        L("- Đ/c Huỳnh Văn Út (tổ tiếp nhận nguyên liệu): giá tôm tăng, ghe hàng về ít; đề nghị Công ty ký hợp "
          "đồng bao tiêu với hợp tác xã nuôi tôm ở Đầm Dơi.", hang=10),
        L("- Đ/c Tô Thị Bé Sáu (QC): cần lấy mẫu kiểm kháng sinh từng lô, không lấy mẫu đại diện như trước.",
          hang=10),
        H("d) Kết luận"),
        P("Đ/c Bí thư kết luận: tháng 6 chi bộ tập trung lãnh đạo giữ nguồn nguyên liệu sạch, kiểm soát chặt chất "
          "lượng từng lô hàng; chi ủy làm rõ việc đ/c Lâm Văn Tỷ vắng họp không lý do."),
        P("Biểu quyết: 11/11 đồng chí tán thành."),
        H("đ) Phân công"),
        L("- Đ/c Huỳnh Văn Út: làm việc với hợp tác xã ở Đầm Dơi về hợp đồng bao tiêu, trước 20/6/2024.", hang=10),
        L("- Đ/c Quách Minh Nhựt: gặp đ/c Lâm Văn Tỷ tìm hiểu lý do vắng, báo cáo kỳ họp tháng 7.", hang=10),
        L("Kết thúc lúc 17 giờ 00. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
        _z11_sign(),
    ],
    "truth": minute(
        meeting("regular", "2024-06-07", "15:00", "17:00", _Z11_LOC, _Z11_CELL, _Z11_COMM),
        "Trần Thanh Bình", "Bí thư chi bộ", "Dương Ngọc Hân",
        attendance(12, 11, 1, 0, 1, 0, [("Lâm Văn Tỷ", "không lý do", False)]),
        True,
        [vote("Thông qua kết luận", 11, None, None, None)],
        [task("Huỳnh Văn Út", "làm việc với hợp tác xã ở Đầm Dơi về hợp đồng bao tiêu", "20/6/2024"),
         task("Quách Minh Nhựt", "gặp đ/c Lâm Văn Tỷ tìm hiểu lý do vắng", "kỳ họp tháng 7")],
        ["unexcused_absence"]),
}

_Z11_M2 = {
    "blocks": [
        _z11_head("Cà Mau, ngày 05 tháng 7 năm 2024"),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7/2024"),
        G(4),
        L("Thời gian: 15 giờ 00 ngày 05/7/2024. Địa điểm: " + _Z11_LOC + "."),
        L("Chủ trì: đ/c Trần Thanh Bình, Bí thư chi bộ. Thư ký: đ/c Dương Ngọc Hân."),
        L("Đảng viên dự họp: 12/12, đủ 100%."),
        H("a) Tình hình tháng 6"),
        P("Đã ký hợp đồng bao tiêu với Hợp tác xã Tôm sinh thái Tân Tiến (Đầm Dơi); 100% lô hàng được kiểm kháng "
          "sinh trước khi nhập; xuất 16 container. Tồn tại: kho lạnh số 2 mất điện hai lần, phải chuyển hàng gấp."),
        H("b) Nhiệm vụ tháng 7"),
        P("Bảo đảm điện cho kho lạnh; chăm lo công nhân có hoàn cảnh khó khăn; chuẩn bị hàng cho mùa cao điểm "
          "cuối năm."),
        H("c) Ý kiến"),
        L("- Đ/c Lâm Văn Tỷ: giải trình tháng trước vợ sinh, phải đi gấp nên chưa kịp báo; xin nhận khuyết điểm.",
          hang=10),
        L("- Đ/c Danh Sơn (tổ kho lạnh): đường dây vào kho số 2 đã cũ, đề nghị làm việc với Điện lực thay mới.",
          hang=10),
        L("- Đ/c Nguyễn Thị Cẩm Tú (Công đoàn): còn 05 công nhân nữ nuôi con một mình, đề nghị xét trợ cấp.",
          hang=10),
        H("d) Kết luận của chủ trì"),
        P("Chi bộ thống nhất: ghi nhận ý thức nhận khuyết điểm của đ/c Lâm Văn Tỷ, nhắc nhở đồng chí chấp hành "
          "nghiêm chế độ sinh hoạt; tháng 7 ưu tiên an toàn kho lạnh và chăm lo đời sống công nhân."),
        P("Biểu quyết: 12/12 đồng chí tán thành (100%)."),
        H("đ) Phân công"),
        L("- Giao đ/c Danh Sơn phối hợp Điện lực kiểm tra đường dây kho lạnh số 2 trong tháng 7.", hang=10),
        L("- Giao đ/c Nguyễn Thị Cẩm Tú và đ/c Võ Thị Diễm lập hồ sơ xét trợ cấp cho 05 công nhân, xong "
          "31/7/2024.", hang=10),
        L("Kết thúc lúc 16 giờ 45. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
        _z11_sign(),
    ],
    "truth": minute(
        meeting("regular", "2024-07-05", "15:00", "16:45", _Z11_LOC, _Z11_CELL, _Z11_COMM),
        "Trần Thanh Bình", "Bí thư chi bộ", "Dương Ngọc Hân",
        attendance(12, 12, 0, 0, 0, 0),
        True,
        [vote("Thông qua kết luận", 12, None, None, 100)],
        [task("Danh Sơn", "phối hợp Điện lực kiểm tra đường dây kho lạnh số 2", "tháng 7"),
         task("Nguyễn Thị Cẩm Tú", "lập hồ sơ xét trợ cấp cho 05 công nhân", "31/7/2024"),
         task("Võ Thị Diễm", "lập hồ sơ xét trợ cấp cho 05 công nhân", "31/7/2024")],
        []),
}

_Z11_M3 = {
    "blocks": [
        _z11_head("Cà Mau, ngày 09 tháng 8 năm 2024"),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2024"),
        G(4),
        L("Thời gian: 15 giờ 00 ngày 09/8/2024. Địa điểm: " + _Z11_LOC + "."),
        L("Chủ trì: đ/c Trần Thanh Bình, Bí thư chi bộ. Thư ký: đ/c Dương Ngọc Hân."),
        L("Đảng viên dự họp: 11/12; đ/c Lâm Văn Tỷ vắng, không xin phép."),
        H("a) Tình hình tháng 7"),
        P("Điện lực đã thay đường dây kho lạnh số 2; Công đoàn trao trợ cấp cho 05 công nhân; xuất 15 container. "
          "Tồn tại: một lô tôm bị khách hàng Úc phản ánh sai quy cách đóng gói."),
        H("b) Nhiệm vụ tháng 8"),
        P("Khắc phục sai sót đóng gói; chuẩn bị nhân lực cho cao điểm tháng 9 - 10; tổ chức cho đảng viên học tập "
          "chuyên đề năm 2024."),
        H("c) Ý kiến"),
        L("- Đ/c Phan Chí Thanh (tổ đóng gói): sai quy cách do dán nhãn thủ công; đề nghị đầu tư máy in nhãn.",
          hang=10),
        L("- Đ/c Quách Minh Nhựt: đề nghị chi ủy tiếp tục gặp đ/c Lâm Văn Tỷ vì đồng chí lại vắng không báo.",
          hang=10),
        H("d) Kết luận"),
        P("Đ/c Bí thư kết luận: tháng 8 tập trung khắc phục lỗi đóng gói, giữ uy tín với khách hàng; chi ủy sẽ "
          "làm việc với đ/c Lâm Văn Tỷ và báo cáo chi bộ."),
        P("Biểu quyết: 11/11 đồng chí tán thành."),
        H("đ) Phân công"),
        L("- Đ/c Phan Chí Thanh: lập tờ trình đầu tư máy in nhãn, gửi Ban Giám đốc trong tháng 8.", hang=10),
        L("- Đ/c Lý Hoàng Nam: kiểm tra lại quy cách đóng gói từng lô hàng xuất Úc, hằng ngày.", hang=10),
        L("Cuộc họp kết thúc lúc 17 giờ 10."),
        _z11_sign(),
    ],
    "truth": minute(
        meeting("regular", "2024-08-09", "15:00", "17:10", _Z11_LOC, _Z11_CELL, _Z11_COMM),
        "Trần Thanh Bình", "Bí thư chi bộ", "Dương Ngọc Hân",
        attendance(12, 11, 1, 0, 1, 0, [("Lâm Văn Tỷ", "không xin phép", False)]),
        True,
        [vote("Thông qua kết luận", 11, None, None, None)],
        [task("Phan Chí Thanh", "lập tờ trình đầu tư máy in nhãn, gửi Ban Giám đốc", "tháng 8"),
         task("Lý Hoàng Nam", "kiểm tra lại quy cách đóng gói từng lô hàng xuất Úc", "hằng ngày")],
        ["not_approved", "unexcused_absence"]),
}

_Z11_M4 = {
    "blocks": [
        _z11_head("Cà Mau, ngày 04 tháng 10 năm 2024"),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10/2024"),
        G(4),
        L("Thời gian: 15 giờ 00 ngày 04/10/2024. Địa điểm: " + _Z11_LOC + "."),
        L("Chủ trì: đ/c Trần Thanh Bình, Bí thư chi bộ. Thư ký: đ/c Dương Ngọc Hân."),
        L("Đảng viên dự họp: 09/12. Vắng 03 đồng chí:"),
        T([(0.10, "TT", "c"), (0.45, "Họ và tên", "l"), (0.45, "Lý do", "l")],
          [["1", "Nguyễn Thị Cẩm Tú", "Nghỉ phép năm"],
           ["2", "Danh Sơn", "Đi Bạc Liêu giao hàng"],
           ["3", "Lâm Văn Tỷ", ""]]),
        P("Tháng 9/2024 chi bộ không tổ chức sinh hoạt do cao điểm đơn hàng xuất khẩu; nội dung tháng 9 được đánh "
          "giá gộp tại kỳ này."),
        H("a) Tình hình tháng 8 và tháng 9"),
        P("Hai tháng xuất 33 container, vượt 6% kế hoạch; máy in nhãn đã đưa vào sử dụng, không còn phản ánh của "
          "khách hàng. Tồn tại: công nhân làm tăng ca kéo dài, hai trường hợp bị cảm lạnh trong kho."),
        H("b) Nhiệm vụ tháng 10"),
        P("Bố trí ca kíp hợp lý, bảo đảm sức khỏe công nhân; chuẩn bị sinh hoạt chuyên đề quý IV; xem xét trường "
          "hợp đảng viên nhiều lần vắng sinh hoạt không lý do."),
        H("c) Ý kiến"),
        L("- Đ/c Châu Văn Lực (tổ cấp đông): đề nghị trang bị thêm áo ấm, găng tay cho công nhân kho lạnh.",
          hang=10),
        L("- Đ/c Tô Thị Bé Sáu: đồng ý; đề nghị mỗi ca nghỉ giải lao 15 phút ngoài kho.", hang=10),
        H("d) Kết luận"),
        P("Đ/c Bí thư kết luận: tháng 10 vừa giữ tiến độ đơn hàng vừa chăm lo sức khỏe công nhân; chi ủy xem xét "
          "trường hợp đ/c Lâm Văn Tỷ theo Điều lệ Đảng."),
        P("Biểu quyết: 09/09 đồng chí có mặt tán thành."),
        H("đ) Phân công"),
        L("- Đ/c Châu Văn Lực: lập dự trù bảo hộ lao động cho kho lạnh, xong trước 15/10/2024.", hang=10),
        L("- Chi ủy: gặp, nghe đ/c Lâm Văn Tỷ trình bày, đề xuất hình thức xử lý theo Điều lệ Đảng, báo cáo kỳ họp "
          "tháng 11.", hang=10),
        L("Kết thúc lúc 16 giờ 50. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
        _z11_sign(),
    ],
    "truth": minute(
        meeting("regular", "2024-10-04", "15:00", "16:50", _Z11_LOC, _Z11_CELL, _Z11_COMM),
        "Trần Thanh Bình", "Bí thư chi bộ", "Dương Ngọc Hân",
        attendance(12, 9, 3, 2, 1, 0,
                   [("Nguyễn Thị Cẩm Tú", "Nghỉ phép năm", True), ("Danh Sơn", "Đi Bạc Liêu giao hàng", True),
                    ("Lâm Văn Tỷ", None, False)]),
        True,
        [vote("Thông qua kết luận", 9, None, None, None)],
        [task("Châu Văn Lực", "lập dự trù bảo hộ lao động cho kho lạnh", "15/10/2024"),
         task("Chi ủy", "gặp, nghe đ/c Lâm Văn Tỷ trình bày, đề xuất hình thức xử lý theo Điều lệ Đảng",
              "kỳ họp tháng 11")],
        ["low_attendance", "unexcused_absence"]),
}

_Z11_TOPIC = ("Xây dựng văn hóa doanh nghiệp gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
              "Minh")
_Z11_M5 = {
    "blocks": [
        _z11_head("Cà Mau, ngày 25 tháng 10 năm 2024"),
        C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ IV/2024"),
        C("Chuyên đề: " + _Z11_TOPIC, bold=False, italic=True),
        G(4),
        L("Thời gian: từ 14 giờ 00 đến 15 giờ 45 ngày 25/10/2024. Địa điểm: " + _Z11_LOC + "."),
        L("Chủ trì: đ/c Trần Thanh Bình, Bí thư chi bộ. Thư ký: đ/c Dương Ngọc Hân."),
        L("Đảng viên dự họp: 12/12."),
        H("a) Trình bày chuyên đề"),
        P("Đ/c Quách Minh Nhựt, Phó Bí thư chi bộ, trình bày chuyên đề: văn hóa doanh nghiệp của Công ty phải thể "
          "hiện ở chữ tín với khách hàng, sự tôn trọng người lao động và ý thức giữ gìn môi trường sông nước; đảng "
          "viên là người đi đầu, nói đi đôi với làm."),
        H("b) Thảo luận"),
        L("- Đ/c Lý Hoàng Nam: đề nghị đưa nội dung ứng xử với công nhân vào tiêu chí xếp loại tổ trưởng.", hang=10),
        L("- Đ/c Võ Thị Diễm: nên có hòm thư góp ý của công nhân đặt ở nhà ăn.", hang=10),
        L("- Đ/c Lâm Văn Tỷ: nhận khuyết điểm đã nhiều lần vắng sinh hoạt, hứa chấp hành nghiêm từ nay.", hang=10),
        H("c) Kết luận"),
        P("Đ/c Bí thư kết luận: chi bộ thống nhất nội dung chuyên đề; mỗi đảng viên đăng ký một việc làm cụ thể "
          "về ứng xử văn hóa; Công ty xây dựng bộ quy tắc ứng xử áp dụng từ năm 2025."),
        P("Biểu quyết: tán thành 12/12, đạt 100%."),
        H("d) Phân công"),
        L("- Đ/c Quách Minh Nhựt: dự thảo bộ quy tắc ứng xử, trình Ban Giám đốc trước 30/11/2024.", hang=10),
        L("- Công đoàn Công ty: đặt hòm thư góp ý tại nhà ăn, mở hòm hằng tháng.", hang=10),
        L("Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
        _z11_sign(),
    ],
    "truth": minute(
        meeting("thematic", "2024-10-25", "14:00", "15:45", _Z11_LOC, _Z11_CELL, _Z11_COMM, topic=_Z11_TOPIC),
        "Trần Thanh Bình", "Bí thư chi bộ", "Dương Ngọc Hân",
        attendance(12, 12, 0, 0, 0, 0),
        True,
        [vote("Thông qua nội dung chuyên đề và kết luận", 12, None, None, 100)],
        [task("Quách Minh Nhựt", "dự thảo bộ quy tắc ứng xử, trình Ban Giám đốc", "30/11/2024"),
         task("Công đoàn Công ty", "đặt hòm thư góp ý tại nhà ăn, mở hòm hằng tháng", "hằng tháng")],
        []),
}

DOCS.append({
    "name": "z11-camau-seafood-company-book-jun-oct-2024",
    "folder": "test",
    "born_digital": True,
    "style": {"family": "serif", "size": 12, "justify": True, "left": 80, "right": 56, "spacing": 1.22,
              "indent": 24, "para_gap": 1, "head": "Chi bộ Công ty CP Thủy sản Tân Hưng Phát - Sổ biên bản năm 2024",
              "head_align": "right", "foot": "- {n} -"},
    "between": 22,
    "minutes": [_Z11_M1, _Z11_M2, _Z11_M3, _Z11_M4, _Z11_M5],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
    "scans": [],
})
