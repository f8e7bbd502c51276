"""Held-out set 19, writer e (dev/, stems e01 … e14): the South-Central coast, the Central Highlands and the South,
2005–2026. Minutes that run together, in the words of each trade (school, hospital, army company, commune police,
shoe factory, bank, rice cooperative, tea farm, retirees' ward cell, fishing village, border post).

Written by hand for this set; every sentence is new. Rendered with samples/heldout2/make.py.

Files -> what varies -> minute flags / book flags
- e01-binhdinh-school-runon-clean: Quy Nhơn lower-secondary school; Serif 12.5, justified, one page; no headings at all, the
  meeting told in order ("Buổi sinh hoạt bắt đầu lúc …", "Mở đầu …", "Tiếp đó …", "Sau khi nghe …", "Cuối cùng …");
  HĐSP, BGH, CUV; one absentee inside a sentence with "có báo trước"; a guest who speaks; tasks inside the prose, one
  whose content is a date (no deadline) -> —
- e02-daklak-hospital-question-heads-no-conclusion: Buôn Ma Thuột regional hospital, cardiology ward; Sans 11,
  ragged, "Trang n/N"; committee over two header lines; headings that are questions ("Ai chủ trì, ai ghi biên
  bản?", "Tháng 3 ai làm việc gì?", "Chi bộ thống nhất những gì?"); ThS.BS., BS., ĐD., BSCKI. before names; Ê Đê
  names; 18/20 (exactly 90 %); a task to "Đ/c Trưởng khoa"; the secretary sums up under the last question and the
  cell votes 18/18 -> missing_conclusion
- e03-gialai-army-company-clean: Ia Grai army company; DejaVu Sans 10.5, "- 1 -" foot; "Quân số đảng viên"; ranks before every
  name, Jrai names; headings "NHỮNG VIỆC ĐÃ LÀM ĐƯỢC", "NHỮNG VIỆC CHƯA LÀM ĐƯỢC", "Ý KIẾN CỦA CHI BỘ", "PHẦN VIỆC
  CỦA THÁNG TỚI"; a sergeant offers a job and the conclusion then gives it to him; "nhất trí …, đạt 100%" ->
  —; scan twin e13 (photocopy, 250 dpi)
- e04-tayninh-commune-police-runon-no-assignments-unexcused: Tân Biên commune police; Serif 12, ragged; run-on;
  "cả thảy 10 đồng chí, đến họp 9" (90 %); an officer absent "không báo lý do"; the chair's conclusion holds a plan
  with nobody named and a call to "các đồng chí đảng viên"; the chi ủy's own intention about the absentee ->
  missing_assignments, unexcused_absence
- e05-binhduong-shoe-factory-tables-short: Thuận An shoe factory workshop; Serif 11.5; "Số: 10-BB/CB"; meeting in
  the lunch break of shift 1 (75 min); ruled absentee table (TT | Họ và tên | Lý do) and ruled task table (TT | Việc
  cần làm | Người phụ trách | Hạn, "Hằng tháng", "Trước 31/10/2012", a union group); CB-CNV, BGĐ, QC -> short_meeting
- e06-cantho-bank-runon-clean: Cái Răng branch office of an agricultural bank; Sans 12, justified; run-on; "cả 8
  đồng chí đều có mặt"; guest from the branch; bank words (huy động vốn, dư nợ, nợ xấu, mã QR); three tasks in the
  conclusion's sentence ("trong tuần sau", "vào sáng Chủ nhật 17/4/2022") -> —; scan twin e14 (fax, 200 dpi)
- e07-soctrang-coop-khmer-low-attendance-no-vote: Phú Tâm rice cooperative, Khmer names; Serif 13.5, wide margin,
  spacing 1.4; run-on; "cả thảy 15 đồng chí, đến họp 12", absentees as "anh/chị X (reason)" inside a sentence; an
  agricultural-extension officer as guest who speaks; tasks with "lo"; no vote at all -> low_attendance, missing_vote
- e08-lamdong-tea-farm-form-unfilled-not-approved: Bảo Lộc tea farm, 2005; Liberation Mono 10.5 (typewriter);
  numbered form fields, "Khách mời: ……" left blank, "(Ký, ghi rõ họ tên)" under both signatures; K'Ho names; ends
  with the end time only -> unfilled_template, not_approved
- e09-hcm-ward-retirees-no-discussion-no-conclusion: Gia Định ward (2026, after the merger), a cell of retirees and
  veterans; DejaVu Sans 11.5, "Trang n" foot; exempt members counted, 28 of 31 due; a guest who only hands over a
  Party badge; members "thống nhất với báo cáo, không có ý kiến gì khác"; vote "nhất trí 100%"; "Phân công:" with a
  member, the Front committee head and the veterans' branch; the Bí thư only thanks and closes ->
  missing_conclusion, no_discussion
- e10-khanhhoa-fishing-village-book-missing-month-no-thematic-repeated-absence: minute book of a Vạn Ninh fishing village (lobster cages, offshore boats),
  Jan–Jun 2011, 5 minutes typed on continuously, running head (right, from page 2) and "- n -" feet; Serif 12; all
  prose; April skipped (the May minute says why); a combined June meeting with a "Chuyên đề:" line; đ/c Trần Văn Bốn
  absent without reason in Jan ("không có lý do"), Mar ("vắng mặt không có lý do") and Jun ("(không báo)");
  per minute: unexcused_absence; —; missing_conclusion + unexcused_absence (a guest's directions, the chair thanks
  and promises to report); missing_vote; unexcused_absence -> book: missing_month, no_thematic_in_quarter,
  repeated_absence
- e11-angiang-border-post-scan-phone-no-assignments: scan only (phone photo, 250 dpi); An Phú border post, the
  mass-mobilisation team, flood season; ranks, Khmer and Chăm names; the month's plan read out with nobody named and
  a village head's offer -> missing_assignments
- e12-binhdinh-school-scan-seal-clean: colour scan of e01, signed and sealed (seal, 200 dpi) -> —
- e13-gialai-army-company-scan-photocopy-clean: scan of e03 (photocopy, 250 dpi) -> —
- e14-cantho-bank-scan-fax-clean: scan of e06 (fax, 200 dpi) -> —

Labelling decisions (where the READMEs are silent)
- "cả 8 đồng chí đều có mặt" with "Chi bộ có 8 đảng viên" is total 8, present 8; "cả thảy N …, đến họp M" gives total
  N, present M.
- A book minute that writes "phải dự 20 đồng chí (miễn sinh hoạt 01)" has exempt 1 and total 21.
- "đ/c X lo Y" gives X the task Y without "lo"; a farming season named as the time ("vụ Thu Đông này") is the
  deadline as written; an event after "trước" / "trong" is the deadline without the preposition ("trước Tết" ->
  "Tết", "trong ngày bầu cử" -> "ngày bầu cử", "trước ngày ra khơi mùng 6 Tết" -> "ngày ra khơi mùng 6 Tết");
  "làm ngay trong tuần" -> "ngay trong tuần"; "trước chuyến biển tới" -> "chuyến biển tới".
- A task given to "Đ/c Trưởng khoa" has the role "Trưởng khoa" as assignee, though the same minute names the
  Trưởng khoa elsewhere.
- A guest who only hands over a badge, or an agricultural officer who explains a technique, is no member's opinion;
  a minute where the members only "thống nhất với báo cáo, không có ý kiến gì khác" is `no_discussion`.
- A location keeps what follows the room ("…, số 41 đường Nơ Trang Long"; "…, Đồn Biên phòng Phú Hữu").
- "Biên bản đọc lại …, mọi người đồng ý thông qua" approves the minutes and is no vote.
- A chair named with "Đ/c Bí thư Phan Văn Lành" has role "Bí thư"; a book minute that names the chair with no role
  ("Đ/c Phan Văn Lành chủ trì") has role null, though the signature block says BÍ THƯ.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import HD, C, P, L, H, T, S, G, meeting, vote, task, minute

DOCS: list[dict] = []


# =================================================================================================
# e01 — Bình Định, Quy Nhơn: lower-secondary school, told straight through. Clean. Seal twin e12.
# =================================================================================================
DOCS.append({
    "name": "e01-binhdinh-school-runon-clean", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 30, "spacing": 1.22, "left": 85, "right": 60,
              "top": 52},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG NHƠN PHÚ", "CHI BỘ TRƯỜNG THCS LÊ LỢI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quy Nhơn, ngày 07 tháng 11 năm 2019"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN", size=15),
            C("Sinh hoạt chi bộ tháng 11/2019"),
            G(8),
            P("Buổi sinh hoạt bắt đầu lúc 16 giờ 45 phút ngày 07/11/2019, tại phòng Hội đồng sư phạm nhà trường, "
              "sau khi học sinh buổi chiều tan lớp. Chi bộ hiện có 17 đảng viên, đến họp 16 đồng chí; đ/c Phan Thị "
              "Ngọc Hân, giáo viên Tiếng Anh, vắng vì đang dẫn đội tuyển học sinh giỏi đi thi cấp thành phố, có báo "
              "trước với đ/c Bí thư. Dự họp có đ/c Võ Minh Quang, Đảng ủy viên phường, phụ trách chi bộ. Đ/c Huỳnh "
              "Văn Lộc, Bí thư chi bộ kiêm Hiệu trưởng, chủ trì; đ/c Đặng Thị Thu Sương, CUV, được phân công ghi "
              "biên bản."),
            P("Mở đầu, đ/c Bí thư thông tin nhanh mấy việc: Thành ủy có chỉ thị về phòng chống đuối nước cho học "
              "sinh trong mùa mưa lũ; Hội thi giáo viên dạy giỏi cấp thành phố vừa xong, trường có 03 đồng chí đạt "
              "giải, trong đó 02 là đảng viên. Tiếp đó, đ/c Lộc báo cáo việc tháng 10: duy trì sĩ số đạt 98,6%; HĐSP "
              "đã họp xét 11 em có nguy cơ bỏ học và phân công giáo viên chủ nhiệm đến tận nhà; tổ Toán – Tin làm "
              "xong chuyên đề đổi mới phương pháp dạy học theo nhóm. Còn chậm là việc chấm, trả bài kiểm tra giữa "
              "kỳ ở khối 8 và khối 9; vài đồng chí đảng viên chưa nộp bản đăng ký học tập và làm theo tư tưởng, đạo "
              "đức, phong cách Hồ Chí Minh năm học 2019 – 2020."),
            P("Sau khi nghe báo cáo, các đồng chí trao đổi khá sôi nổi. Đ/c Trương Thị Bích Liên, tổ trưởng tổ Ngữ "
              "văn, cho rằng lịch hội giảng dồn vào tuần cuối trước ngày 20/11 thì giáo viên trẻ không kịp dự giờ "
              "rút kinh nghiệm, đề nghị BGH dời bớt sang tuần đầu. Đ/c Lê Quang Vũ, Phó Hiệu trưởng, giải thích bài "
              "giữa kỳ chấm chậm vì đề chung của Phòng Giáo dục về trễ, hứa đôn đốc các tổ trả bài trong tuần. Đ/c "
              "Nguyễn Hữu Tài, Bí thư Chi đoàn, nói mùa này nước sông Hà Thanh lên nhanh, nhiều em ở khu vực Nhơn "
              "Phú đi học qua đoạn đường ngập. Đ/c Võ Minh Quang ghi nhận kết quả của trường, nhắc chi bộ chuẩn bị "
              "sớm việc kiểm điểm, đánh giá đảng viên cuối năm."),
            P("Cuối cùng, đ/c Bí thư tổng hợp ý kiến và kết luận: tháng 11 là tháng thi đua chào mừng Ngày Nhà giáo "
              "Việt Nam, chi bộ lãnh đạo tổ chức hội giảng có chất lượng, không chạy theo số tiết; trả xong bài "
              "giữa kỳ; làm tốt công tác phòng chống đuối nước cho học sinh trong mùa mưa lũ; các đồng chí chưa nộp "
              "bản đăng ký nộp ngay trong tháng. Chi bộ biểu quyết thông qua kết luận, 16/16 đồng chí có mặt tán "
              "thành."),
            P("Về phân công, đ/c Lê Quang Vũ chỉ đạo các tổ chuyên môn tổ chức hội giảng, xong trước ngày "
              "18/11/2019; đ/c Trương Thị Bích Liên cùng Liên đội chuẩn bị chương trình văn nghệ mít tinh 20/11; đ/c "
              "Nguyễn Hữu Tài phối hợp với Hội Cha mẹ học sinh tuyên truyền phòng chống đuối nước đến từng lớp trong "
              "tháng 11."),
            P("Buổi sinh hoạt kết thúc lúc 18 giờ 30 phút. Biên bản được đọc lại, các đồng chí dự họp nhất trí "
              "thông qua."),
            G(4),
            S(["THƯ KÝ", "Đặng Thị Thu Sương"], ["T/M CHI BỘ", "BÍ THƯ", "Huỳnh Văn Lộc"]),
        ],
        "truth": minute(
            meeting("regular", "2019-11-07", "16:45", "18:30", "phòng Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG THCS LÊ LỢI", "ĐẢNG BỘ PHƯỜNG NHƠN PHÚ"),
            "Huỳnh Văn Lộc", "Bí thư chi bộ", "Đặng Thị Thu Sương",
            attendance(17, 16, 1, 1, 0, 0,
                       [("Phan Thị Ngọc Hân", "đang dẫn đội tuyển học sinh giỏi đi thi cấp thành phố", True)],
                       [("Võ Minh Quang", "Đảng ủy viên phường, phụ trách chi bộ")]),
            True,
            [vote("Kết luận tháng 11/2019", 16)],
            [task("Lê Quang Vũ", "chỉ đạo các tổ chuyên môn tổ chức hội giảng", "18/11/2019"),
             task("Trương Thị Bích Liên", "cùng Liên đội chuẩn bị chương trình văn nghệ mít tinh 20/11", None),
             task("Nguyễn Hữu Tài", "phối hợp với Hội Cha mẹ học sinh tuyên truyền phòng chống đuối nước đến từng "
                  "lớp", "tháng 11")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "e12-binhdinh-school-scan-seal-clean", "folder": "dev", "damage": "seal", "seed": 19012,
               "dpi": 200}],
})


# =================================================================================================
# e02 — Đắk Lắk, Buôn Ma Thuột: cardiology ward; headings are questions; the secretary sums up. No conclusion.
# =================================================================================================
DOCS.append({
    "name": "e02-daklak-hospital-question-heads-no-conclusion", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.2, "left": 72,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "VÙNG TÂY NGUYÊN", "CHI BỘ KHOA NỘI TIM MẠCH"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đắk Lắk, ngày 14 tháng 3 năm 2023"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 3/2023", size=13),
            G(6),
            L("Họp lúc 13 giờ 30 ngày 14/3/2023, ngay sau giao ban chiều, tại phòng giao ban tầng 3, nhà B."),
            H("Ai chủ trì, ai ghi biên bản?"),
            L("Chủ trì: ThS.BS. Nguyễn Thanh Bình, BT chi bộ, Trưởng khoa. Ghi biên bản: ĐD. Phạm Thị Hồng Nhung, "
              "CUV, Điều dưỡng trưởng khoa."),
            H("Bao nhiêu đảng viên đến họp?"),
            L("Chi bộ có 20 ĐV (18 chính thức, 02 dự bị); có mặt 18. Vắng 02, đều đã báo trước: BS. H'Yăm Niê trực "
              "cấp cứu 24 giờ; ĐD. Trần Thị Kim Yến nghỉ hậu sản."),
            H("Tháng 2 khoa làm được gì, còn vướng gì?"),
            L("Đ/c Bình báo cáo: trong tháng khoa nhận 412 lượt bệnh nhân nội trú, công suất giường bình quân 118%, "
              "nhiều ngày phải nằm ghép hai người một giường; đơn vị can thiệp làm được 37 ca đặt stent mạch vành, "
              "không có tai biến; bệnh án điện tử đã chạy ổn ở cả 4 buồng bệnh. Vướng nhất là thuốc chống đông "
              "đường uống và một số loại stent phủ thuốc chưa trúng thầu, bệnh nhân BHYT phải tự mua ngoài. Đường "
              "dây nóng nhận 02 phản ánh của người nhà bệnh nhân về thái độ của hộ lý buồng cấp cứu."),
            H("Các đồng chí nói gì?"),
            L("- BS. Y Khuê Byă: nhiều bệnh nhân suy tim ở Ea Súp, Buôn Đôn bỏ tái khám vì đường xa, tốn kém; đề "
              "nghị khoa lập danh sách, nhắn qua trạm y tế xã để nhắc lịch."),
            L("- ĐD. Lương Thị Mai, trưởng tua trực buồng cấp cứu: hai trường hợp bị phản ánh là hộ lý hợp đồng "
              "mới, chưa được tập huấn quy tắc ứng xử; tôi xin nhận phần trách nhiệm quản lý."),
            L("- BSCKI. Đoàn Văn Hiếu: đề nghị chi bộ kiến nghị Đảng ủy bệnh viện đẩy nhanh gói thầu bổ sung, "
              "không để bệnh nhân BHYT phải mua thuốc ngoài."),
            L("- Đ/c Bình trả lời thêm: khoa Dược đã có văn bản, hẹn cuối tháng 3 thuốc chống đông về đủ cơ số."),
            H("Tháng 3 ai làm việc gì?"),
            L("- BS. Y Khuê Byă lập danh sách bệnh nhân suy tim cần tái khám ở các huyện xa, gửi phòng Kế hoạch "
              "tổng hợp trước ngày 25/3/2023."),
            L("- ĐD. Lương Thị Mai tập huấn lại quy tắc ứng xử cho toàn bộ hộ lý, điều dưỡng mới của khoa, xong "
              "trong tháng 3/2023."),
            L("- Đ/c Trưởng khoa cùng khoa Dược theo dõi cơ số thuốc chống đông, báo cáo chi bộ tại kỳ họp "
              "tháng 4."),
            H("Chi bộ thống nhất những gì?"),
            L("Thư ký tổng hợp lại các ý kiến phát biểu: các đồng chí đều thống nhất với báo cáo; cần cải thiện thái "
              "độ phục vụ ở buồng cấp cứu, giảm nằm ghép và bảo đảm đủ thuốc cho bệnh nhân BHYT."),
            L("Biểu quyết thông qua báo cáo và phân công tháng 3: 18/18 đ/c có mặt nhất trí."),
            L("Họp xong lúc 15 giờ 20 phút. Biên bản đọc lại tại chỗ và được chi bộ thông qua."),
            G(4),
            S(["THƯ KÝ", "Phạm Thị Hồng Nhung"], ["BÍ THƯ CHI BỘ", "ThS.BS. Nguyễn Thanh Bình"]),
        ],
        "truth": minute(
            meeting("regular", "2023-03-14", "13:30", "15:20", "phòng giao ban tầng 3, nhà B",
                    "CHI BỘ KHOA NỘI TIM MẠCH", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA VÙNG TÂY NGUYÊN"),
            "Nguyễn Thanh Bình", "BT chi bộ", "Phạm Thị Hồng Nhung",
            attendance(20, 18, 2, 2, 0, 0,
                       [("H'Yăm Niê", "trực cấp cứu 24 giờ", True), ("Trần Thị Kim Yến", "nghỉ hậu sản", True)]),
            False,
            [vote("Báo cáo và phân công tháng 3/2023", 18)],
            [task("Y Khuê Byă", "lập danh sách bệnh nhân suy tim cần tái khám ở các huyện xa, gửi phòng Kế hoạch "
                  "tổng hợp", "25/3/2023"),
             task("Lương Thị Mai", "tập huấn lại quy tắc ứng xử cho toàn bộ hộ lý, điều dưỡng mới của khoa",
                  "tháng 3/2023"),
             task("Trưởng khoa", "cùng khoa Dược theo dõi cơ số thuốc chống đông, báo cáo chi bộ", "kỳ họp tháng 4")],
            ["missing_conclusion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# e03 — Gia Lai, Ia Grai: army company; headings in the unit's own words; ranks. Clean. Photocopy twin e13.
# =================================================================================================
DOCS.append({
    "name": "e03-gialai-army-company-clean", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": True, "indent": 20, "spacing": 1.2, "left": 78,
              "right": 62, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRUNG ĐOÀN 95", "ĐẢNG BỘ TIỂU ĐOÀN 2", "CHI BỘ ĐẠI ĐỘI 5", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ia Grai, ngày 03 tháng 8 năm 2016"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8 NĂM 2016"),
            G(6),
            L("Thời gian: từ 19 giờ 00 đến 21 giờ 00, ngày 03/8/2016."),
            L("Địa điểm: hội trường Đại đội 5, doanh trại Tiểu đoàn 2."),
            L("Quân số đảng viên: 11 đồng chí; có mặt 10; vắng 01 là Thiếu úy Nguyễn Công Hậu, đi học bồi dưỡng cán "
              "bộ tại Trường Quân sự Quân đoàn."),
            L("Chủ trì: Thượng úy Đinh Văn Thắng, Bí thư chi bộ, Chính trị viên đại đội. Thư ký: Trung sĩ Rơ Mah "
              "Blứ."),
            H("NHỮNG VIỆC ĐÃ LÀM ĐƯỢC"),
            P("Đồng chí Bí thư thay mặt chi ủy báo cáo: tháng 7 đơn vị hoàn thành nội dung huấn luyện theo kế hoạch; "
              "kiểm tra bắn súng tiểu liên AK bài 1 đạt 100%, khá giỏi 68%; duy trì nghiêm chế độ trực sẵn sàng "
              "chiến đấu, không để xảy ra vụ việc mất an toàn. Về dân vận, cùng Tiểu đoàn giúp làng Mơ Nú, xã Ia "
              "Dêr đổ 350 m đường bê tông vào khu sản xuất, tặng 40 suất quà cho hộ nghèo đồng bào Jrai. Tăng gia "
              "được 1,2 tấn rau xanh, bữa ăn bộ đội được cải thiện."),
            H("NHỮNG VIỆC CHƯA LÀM ĐƯỢC"),
            P("Còn 02 chiến sĩ mới dùng điện thoại di động ngoài giờ quy định, đã bị nhắc nhở trước đơn vị; vệ sinh "
              "doanh trại những ngày mưa dầm chưa thường xuyên, nhà ăn ẩm thấp; sổ đăng ký học tập và làm theo "
              "Bác của một số đảng viên ghi chép còn sơ sài."),
            H("Ý KIẾN CỦA CHI BỘ"),
            P("Trung úy Lê Bá Hưng, Phó Đại đội trưởng: năm nay lũ về sớm, đề nghị ôn luyện ngay phương án phòng "
              "chống lụt bão, tìm kiếm cứu nạn, nhất là bơi và sử dụng xuồng."),
            P("Thượng sĩ Ksor Thuân, Tiểu đội trưởng: chiến sĩ mới phần đông là con em đồng bào Jrai, Ba Na, cán bộ "
              "tiểu đội cần gần gũi, tâm sự nhiều hơn; đề nghị giữ mối kết nghĩa với làng Mơ Nú."),
            P("Trung sĩ Rơ Mah Blứ: xin được cùng tổ dân vận nói chuyện với thanh niên trong làng bằng tiếng Jrai về "
              "Luật Nghĩa vụ quân sự trước đợt khám tuyển."),
            H("PHẦN VIỆC CỦA THÁNG TỚI"),
            P("Đồng chí Bí thư kết luận: tháng 8 chi bộ lãnh đạo đơn vị hoàn thành huấn luyện giai đoạn 2, quản lý "
              "chặt quân số và điện thoại di động, chủ động phòng chống lụt bão; giữ vững quan hệ máu thịt với nhân "
              "dân nơi đóng quân. Cụ thể:"),
            P("- Trung úy Lê Bá Hưng chỉ huy ôn luyện phương án phòng chống lụt bão, tìm kiếm cứu nạn, xong trước "
              "ngày 20/8/2016."),
            P("- Thượng sĩ Ksor Thuân cùng tổ công tác dân vận giúp làng Mơ Nú nạo vét mương thủy lợi nhỏ vào các "
              "ngày thứ Bảy trong tháng 8."),
            P("- Trung sĩ Rơ Mah Blứ tuyên truyền Luật Nghĩa vụ quân sự cho thanh niên làng bằng tiếng Jrai, báo cáo "
              "kết quả tại kỳ sinh hoạt tháng 9."),
            P("Chi bộ biểu quyết: 10/10 đồng chí có mặt nhất trí với kết luận, đạt 100%."),
            P("Sinh hoạt kết thúc lúc 21 giờ 00 cùng ngày. Biên bản đã đọc lại trước chi bộ, các đồng chí nhất trí "
              "thông qua."),
            G(4),
            S(["THƯ KÝ", "Trung sĩ Rơ Mah Blứ"], ["BÍ THƯ", "Thượng úy Đinh Văn Thắng"]),
        ],
        "truth": minute(
            meeting("regular", "2016-08-03", "19:00", "21:00", "hội trường Đại đội 5, doanh trại Tiểu đoàn 2",
                    "CHI BỘ ĐẠI ĐỘI 5", "ĐẢNG BỘ TIỂU ĐOÀN 2"),
            "Đinh Văn Thắng", "Bí thư chi bộ", "Rơ Mah Blứ",
            attendance(11, 10, 1, 1, 0, 0,
                       [("Nguyễn Công Hậu", "đi học bồi dưỡng cán bộ tại Trường Quân sự Quân đoàn", True)]),
            True,
            [vote("Kết luận tháng 8/2016", 10, pct=100)],
            [task("Lê Bá Hưng", "chỉ huy ôn luyện phương án phòng chống lụt bão, tìm kiếm cứu nạn", "20/8/2016"),
             task("Ksor Thuân", "cùng tổ công tác dân vận giúp làng Mơ Nú nạo vét mương thủy lợi nhỏ",
                  "các ngày thứ Bảy trong tháng 8"),
             task("Rơ Mah Blứ", "tuyên truyền Luật Nghĩa vụ quân sự cho thanh niên làng bằng tiếng Jrai, báo cáo "
                  "kết quả", "kỳ sinh hoạt tháng 9")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "e13-gialai-army-company-scan-photocopy-clean", "folder": "dev", "damage": "photocopy",
               "seed": 19013, "dpi": 250}],
})


# =================================================================================================
# e04 — Tây Ninh, Tân Biên: commune police; run-on; a plan with nobody named. No assignments; unexcused absence.
# =================================================================================================
DOCS.append({
    "name": "e04-tayninh-commune-police-runon-no-assignments-unexcused", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 0, "spacing": 1.2, "left": 70, "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN TÂN BIÊN", "ĐẢNG BỘ XÃ TÂN BÌNH", "CHI BỘ CÔNG AN XÃ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Bình, ngày 12 tháng 6 năm 2024"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("tháng 6 năm 2024", bold=False),
            G(8),
            P("Hôm nay, lúc 14 giờ 00 ngày 12/6/2024, tại phòng họp Công an xã Tân Bình, Chi bộ Công an xã sinh "
              "hoạt thường kỳ tháng 6. Chi bộ cả thảy 10 đồng chí, đến họp 9; vắng đ/c Thiếu úy Huỳnh Tấn Lực, "
              "không báo lý do. Đ/c Thiếu tá Lê Hoàng Nam, BT chi bộ, Trưởng Công an xã chủ trì; đ/c Đại úy Võ Thị "
              "Kiều Oanh ghi biên bản."),
            P("Mở đầu, đ/c Nam thông tin tình hình an ninh trật tự trên tuyến biên giới huyện Tân Biên và đợt cao "
              "điểm tấn công trấn áp tội phạm của Công an tỉnh; phổ biến những điểm mới của Luật Lực lượng tham gia "
              "bảo vệ an ninh, trật tự ở cơ sở, có hiệu lực từ ngày 01/7/2024, theo đó tổ bảo vệ an ninh, trật tự "
              "ở ấp sẽ thay cho lực lượng bảo vệ dân phố và công an xã bán chuyên trách trước đây."),
            P("Tiếp đó, đ/c Đại úy Trần Minh Tâm, PBT, đọc báo cáo kết quả tháng 5: tiếp nhận, giải quyết 14 tin "
              "báo, tố giác tội phạm; bắt quả tang 01 đối tượng trộm bình ắc quy máy cày ở ấp Thạnh Phú; thu nhận "
              "hồ sơ làm căn cước cho 236 trường hợp; tổ chức 22 ca tuần tra đêm và 03 đợt kiểm tra cư trú. Hạn "
              "chế: quản lý lưu trú ở các nhà trọ gần cửa khẩu Xa Mát còn sơ hở; có 01 đảng viên vắng sinh hoạt "
              "không lý do."),
            P("Sau khi nghe báo cáo, đ/c Thượng úy Nguyễn Văn Chiến, phụ trách địa bàn ấp Thạnh Phú, nói thẳng là "
              "mùa thu hoạch mì năm nay người nơi khác đến làm thuê đông, nhiều người không khai báo tạm trú, mình "
              "đi không xuể. Đ/c Võ Thị Kiều Oanh góp ý về tiếp dân: bà con đến làm căn cước phải chờ lâu, có bữa "
              "hết giờ mà chưa tới lượt, nên mở thêm buổi tối thứ Năm. Đ/c Trung úy Đặng Quốc Huy thì đề nghị phối "
              "hợp với Đồn Biên phòng Xa Mát tuần tra chung những đêm cuối tuần."),
            P("Nghe xong các ý kiến, đ/c Bí thư kết luận: tháng 6 chi bộ tập trung lãnh đạo triển khai thi hành "
              "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; kiện toàn các tổ bảo vệ an ninh, trật tự ở "
              "6 ấp trước ngày 01/7; siết chặt quản lý cư trú, lưu trú ở các nhà trọ và khu vực gần cửa khẩu; tiếp "
              "tục làm căn cước lưu động cho người cao tuổi, người bệnh tại nhà. Đề nghị các đồng chí đảng viên bám "
              "sát địa bàn được giao, nêu cao tinh thần trách nhiệm, làm tốt công tác tham mưu cho Đảng ủy, UBND "
              "xã."),
            P("Chi bộ biểu quyết thông qua kết luận: 9/9 đồng chí có mặt tán thành."),
            P("Riêng đ/c Huỳnh Tấn Lực, đây là lần thứ hai trong năm vắng sinh hoạt không báo, chi ủy sẽ làm việc "
              "riêng và xem xét theo quy định."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 10 phút cùng ngày. Biên bản đã đọc lại cho các đồng chí dự họp "
              "nghe và nhất trí thông qua."),
            G(4),
            S(["THƯ KÝ", "Đại úy Võ Thị Kiều Oanh"], ["BÍ THƯ", "Thiếu tá Lê Hoàng Nam"]),
        ],
        "truth": minute(
            meeting("regular", "2024-06-12", "14:00", "16:10", "phòng họp Công an xã Tân Bình",
                    "CHI BỘ CÔNG AN XÃ", "ĐẢNG BỘ XÃ TÂN BÌNH"),
            "Lê Hoàng Nam", "BT chi bộ", "Võ Thị Kiều Oanh",
            attendance(10, 9, 1, 0, 1, 0, [("Huỳnh Tấn Lực", "không báo lý do", False)]),
            True,
            [vote("Kết luận tháng 6/2024", 9)],
            [],
            ["missing_assignments", "unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# e05 — Bình Dương, Thuận An: shoe factory workshop; lunch-break meeting; two ruled tables. Short meeting.
# =================================================================================================
DOCS.append({
    "name": "e05-binhduong-shoe-factory-tables-short", "folder": "dev",
    "style": {"family": "serif", "size": 11.5, "justify": True, "indent": 24, "spacing": 1.15, "left": 76,
              "head": "Chi bộ Xưởng May mũ giày – biên bản tháng 10/2012"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CỔ PHẦN", "GIÀY DA BÌNH AN", "CHI BỘ XƯỞNG MAY MŨ GIÀY", "Số: 10-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thuận An, ngày 09 tháng 10 năm 2012"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ", size=13),
            C("Tháng 10/2012", bold=False),
            G(6),
            P("Thời gian: bắt đầu 11 giờ 15 phút ngày 09/10/2012, tranh thủ giờ nghỉ trưa của ca 1."),
            P("Địa điểm: nhà ăn số 2 của Công ty, dãy bàn của văn phòng xưởng."),
            P("Chủ trì: đ/c Nguyễn Thị Hồng Loan, BT chi bộ, Quản đốc xưởng. Thư ký: đ/c Lâm Văn Phước, CUV. Dự họp "
              "có đ/c Phạm Văn Đông, Phó Bí thư Đảng ủy Công ty."),
            P("Đảng viên của chi bộ 21 đồng chí, có mặt 19, vắng 02 đồng chí như sau:"),
            T([(0.09, "TT", "c"), (0.43, "Họ và tên", "l"), (0.48, "Lý do", "l")],
              [["1", "Đinh Thị Thu Hà", "Nghỉ phép năm"],
               ["2", "Trần Quốc Khải", "Đi công tác nhà máy Tân Uyên"]]),
            P("Đ/c Loan báo cáo tóm tắt tình hình tháng 9: xưởng xuất 184.000 đôi mũ giày, đạt 103% kế hoạch; tỷ lệ "
              "hàng lỗi QC trả về còn 1,8%; thu nhập bình quân CB-CNV 4,1 triệu đồng/tháng. Tồn tại: chuyền 4 và "
              "chuyền 7 tăng ca nhiều, có tuần vượt giờ cho phép; 06 công nhân nghỉ việc không báo trước làm hụt "
              "định biên chuyền."),
            P("Ý kiến tại buổi họp:"),
            P("- Đ/c Lâm Văn Phước, tổ trưởng chuyền 4: đơn hàng giày thể thao xuất đi châu Âu dồn vào tháng 10, "
              "tháng 11; đề nghị BGĐ tuyển thêm người chứ đừng kéo dài tăng ca, công nhân đã mệt."),
            P("- Đ/c Phạm Văn Đông: Đảng ủy đồng ý với đề nghị này; lưu ý chi bộ quan tâm đời sống công nhân nhập "
              "cư ở trọ, phối hợp với Công đoàn hỗ trợ những trường hợp khó khăn."),
            P("Đ/c chủ trì kết luận: tháng 10 xưởng giữ vững tiến độ đơn hàng nhưng không để tăng ca vượt quy định; "
              "làm tốt công tác tạo nguồn, phát triển đảng viên trong công nhân trực tiếp sản xuất. Chi bộ nhất trí "
              "19/19."),
            P("Phân công thực hiện:"),
            T([(0.07, "TT", "c"), (0.45, "Việc cần làm", "l"), (0.29, "Người phụ trách", "l"), (0.19, "Hạn", "l")],
              [["1", "Rà soát giờ tăng ca từng chuyền, bảo đảm không quá 30 giờ/tháng", "Đ/c Nguyễn Thị Hồng Loan",
                "Hằng tháng"],
               ["2", "Giới thiệu 02 quần chúng ưu tú đi học lớp cảm tình Đảng", "Đ/c Lâm Văn Phước",
                "Trước 31/10/2012"],
               ["3", "Vận động công nhân tham gia hội thao Công đoàn Công ty", "Tổ Công đoàn xưởng",
                "Tháng 11/2012"]]),
            P("Cuộc họp kết thúc lúc 12 giờ 30 phút để anh chị em vào ca chiều. Biên bản đọc lại, chi bộ thông qua."),
            G(4),
            S(["THƯ KÝ", "Lâm Văn Phước"], ["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị Hồng Loan"]),
        ],
        "truth": minute(
            meeting("regular", "2012-10-09", "11:15", "12:30", "nhà ăn số 2 của Công ty, dãy bàn của văn phòng xưởng",
                    "CHI BỘ XƯỞNG MAY MŨ GIÀY", "ĐẢNG BỘ CÔNG TY CỔ PHẦN GIÀY DA BÌNH AN"),
            "Nguyễn Thị Hồng Loan", "BT chi bộ", "Lâm Văn Phước",
            attendance(21, 19, 2, 2, 0, 0,
                       [("Đinh Thị Thu Hà", "Nghỉ phép năm", True),
                        ("Trần Quốc Khải", "Đi công tác nhà máy Tân Uyên", True)],
                       [("Phạm Văn Đông", "Phó Bí thư Đảng ủy Công ty")]),
            True,
            [vote("Kết luận tháng 10/2012", 19)],
            [task("Nguyễn Thị Hồng Loan", "Rà soát giờ tăng ca từng chuyền, bảo đảm không quá 30 giờ/tháng",
                  "Hằng tháng"),
             task("Lâm Văn Phước", "Giới thiệu 02 quần chúng ưu tú đi học lớp cảm tình Đảng", "31/10/2012"),
             task("Tổ Công đoàn xưởng", "Vận động công nhân tham gia hội thao Công đoàn Công ty", "Tháng 11/2012")],
            ["short_meeting"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# e06 — Cần Thơ, Cái Răng: bank branch office; run-on; tasks inside the conclusion. Clean. Fax twin e14.
# =================================================================================================
DOCS.append({
    "name": "e06-cantho-bank-runon-clean", "folder": "dev",
    "style": {"family": "sans", "size": 12, "justify": True, "indent": 25, "spacing": 1.35, "left": 80, "right": 58,
              "top": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ NGÂN HÀNG NÔNG NGHIỆP", "CHI NHÁNH CẦN THƠ II", "CHI BỘ PHÒNG GIAO DỊCH CÁI RĂNG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cái Răng, ngày 08 tháng 4 năm 2022"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ", size=13),
            C("Kỳ họp tháng 4 năm 2022", bold=False),
            G(6),
            P("Vào lúc 17 giờ 15 phút ngày 08/4/2022, sau giờ khóa sổ giao dịch, Chi bộ Phòng giao dịch Cái Răng "
              "họp thường kỳ tại phòng họp tầng 2 của Phòng giao dịch. Chi bộ có 8 đảng viên, cả 8 đồng chí đều có "
              "mặt. Dự họp có đ/c Trần Ngọc Diệp, Phó Bí thư Đảng ủy, Phó Giám đốc Chi nhánh. Đồng chí Bí thư chi bộ "
              "Lý Minh Triết, Giám đốc Phòng giao dịch, chủ trì; đ/c Nguyễn Thị Diễm My, giao dịch viên, ghi biên "
              "bản."),
            P("Đầu buổi, đ/c Triết điểm qua mấy văn bản mới của Đảng ủy Chi nhánh: kế hoạch học tập, quán triệt "
              "Nghị quyết Trung ương 4 khóa XIII và chỉ đạo về phòng, chống tham nhũng, tiêu cực trong hoạt động "
              "tín dụng. Tiếp đó đ/c Triết báo cáo kết quả quý I: huy động vốn đạt 412 tỷ đồng, tăng 3,2% so với "
              "đầu năm; dư nợ 598 tỷ đồng, chủ yếu cho vay hộ trồng cây ăn trái, nuôi cá và tiểu thương; nợ xấu "
              "0,41%; phát hành mới 310 thẻ ghi nợ. Hạn chế: còn 02 món vay ở phường Tân Phú quá hạn trên 90 ngày; "
              "thu hồi nợ đã xử lý rủi ro chậm; có 03 khách hàng lớn tuổi suýt bị lừa chuyển tiền qua mạng, may "
              "giao dịch viên phát hiện kịp."),
            P("Trao đổi về báo cáo, đ/c Huỳnh Thanh Phong, cán bộ tín dụng địa bàn phường Tân Phú, cho biết hai hộ "
              "quá hạn là do vườn sầu riêng bị hạn mặn mất mùa, xin chi bộ cho cơ cấu lại nợ theo quy định chứ chưa "
              "nên khởi kiện. Đ/c Đỗ Kim Ngân, phụ trách kế toán – ngân quỹ, nói khách hàng lớn tuổi ở chợ Cái Răng "
              "xài điện thoại thông minh còn lóng ngóng, đề nghị in tờ rơi cảnh báo lừa đảo dán ngay tại quầy. Đ/c "
              "Trần Ngọc Diệp đánh giá Phòng giao dịch làm tốt huy động vốn, nhưng nhắc chi bộ đừng chạy theo chỉ "
              "tiêu dư nợ mà buông lỏng khâu thẩm định."),
            P("Kết thúc phần thảo luận, đ/c Triết kết luận: quý II chi bộ lãnh đạo tập trung thu hồi nợ quá hạn, giữ "
              "nợ xấu dưới 0,5%, đẩy mạnh thanh toán không dùng tiền mặt ở chợ và khu dân cư; giao đ/c Huỳnh Thanh "
              "Phong làm việc với hai hộ quá hạn ở phường Tân Phú, đề xuất phương án xử lý trước ngày 30/4/2022; đ/c "
              "Đỗ Kim Ngân tổ chức cho giao dịch viên ôn lại quy trình nhận diện giao dịch đáng ngờ trong tuần sau; "
              "đ/c Nguyễn Thị Diễm My cùng Chi đoàn hướng dẫn tiểu thương chợ Cái Răng mở tài khoản, thanh toán bằng "
              "mã QR vào sáng Chủ nhật 17/4/2022."),
            P("Chi bộ biểu quyết thông qua kết luận: 8/8 đồng chí tán thành, đạt 100%."),
            P("Buổi họp kết thúc lúc 19 giờ 00 phút cùng ngày; biên bản được đọc lại và cả 8 đồng chí nhất trí thông "
              "qua."),
            G(4),
            S(["THƯ KÝ", "Nguyễn Thị Diễm My"], ["CHỦ TRÌ", "Lý Minh Triết"]),
        ],
        "truth": minute(
            meeting("regular", "2022-04-08", "17:15", "19:00", "phòng họp tầng 2 của Phòng giao dịch",
                    "CHI BỘ PHÒNG GIAO DỊCH CÁI RĂNG", "ĐẢNG BỘ NGÂN HÀNG NÔNG NGHIỆP CHI NHÁNH CẦN THƠ II"),
            "Lý Minh Triết", "Bí thư chi bộ", "Nguyễn Thị Diễm My",
            attendance(8, 8, 0, 0, 0, 0, [],
                       [("Trần Ngọc Diệp", "Phó Bí thư Đảng ủy, Phó Giám đốc Chi nhánh")]),
            True,
            [vote("Kết luận quý II/2022", 8, pct=100)],
            [task("Huỳnh Thanh Phong", "làm việc với hai hộ quá hạn ở phường Tân Phú, đề xuất phương án xử lý",
                  "30/4/2022"),
             task("Đỗ Kim Ngân", "tổ chức cho giao dịch viên ôn lại quy trình nhận diện giao dịch đáng ngờ",
                  "tuần sau"),
             task("Nguyễn Thị Diễm My", "cùng Chi đoàn hướng dẫn tiểu thương chợ Cái Răng mở tài khoản, thanh toán "
                  "bằng mã QR", "sáng Chủ nhật 17/4/2022")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "e14-cantho-bank-scan-fax-clean", "folder": "dev", "damage": "fax", "seed": 19014,
               "dpi": 200}],
})


# =================================================================================================
# e07 — Sóc Trăng, Châu Thành: rice cooperative, Khmer members; run-on; no vote. Low attendance, missing vote.
# =================================================================================================
DOCS.append({
    "name": "e07-soctrang-coop-khmer-low-attendance-no-vote", "folder": "dev",
    "style": {"family": "serif", "size": 13.5, "justify": True, "indent": 36, "spacing": 1.4, "left": 92,
              "right": 56, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ PHÚ TÂM", "CHI BỘ HTX NÔNG NGHIỆP PHÚ TÂM"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Tâm, ngày 05 tháng 9 năm 2008"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 9/2008", size=14),
            G(8),
            P("Lúc 8 giờ sáng ngày 05/9/2008, tại văn phòng HTX ở ấp Phú Hữu, chi bộ họp kỳ tháng 9. Chi bộ cả thảy "
              "15 đồng chí, đến họp 12. Vắng 3 đồng chí: anh Thạch Sô Phal đi làm thuê trên Bình Dương, chị Lâm Thị "
              "Sa Rươl có con ốm nằm viện tỉnh, anh Danh Út đi đám cưới ở Trà Vinh."),
            P("Đồng chí Sơn Thanh Bình, Bí thư chi bộ kiêm Chủ nhiệm HTX, chủ trì cuộc họp, cử đồng chí Kim Thị "
              "Phượng làm thư ký. Chi bộ có mời anh Lê Văn Hoà, cán bộ Trạm Khuyến nông huyện Châu Thành, tới dự "
              "để nói về dịch rầy nâu."),
            P("Mở đầu, đồng chí Bình nói qua tình hình chung: vụ Hè Thu HTX làm dịch vụ bơm tưới cho 320 ha, năng "
              "suất bình quân 5,2 tấn/ha, nhưng giá lúa tháng 8 rớt mạnh, bà con bán lúa tươi tại ruộng chỉ còn "
              "3.600 đồng/kg nên nhiều hộ chưa đóng thủy lợi phí. Rầy nâu và bệnh vàng lùn, lùn xoắn lá đã xuất "
              "hiện trên lúa Thu Đông sạ sớm ở ấp Phú Thành. HTX còn nợ tiền điện trạm bơm hai tháng."),
            P("Tiếp đó anh Lê Văn Hoà hướng dẫn cách thăm đồng, đặt đèn bẫy rầy, và lịch xuống giống né rầy của "
              "huyện: lúa Thu Đông phải sạ tập trung trong vòng 10 ngày, không sạ lai rai."),
            P("Chi bộ thảo luận. Anh Thạch Ny, tổ trưởng tổ bơm ấp Phú Hữu, nói mương nội đồng bị lục bình bít, "
              "không vét thì bơm đợt đầu sẽ trễ. Chị Kim Thị Phượng cho biết sổ thu thủy lợi phí vụ Hè Thu mới "
              "được 61%, mấy hộ nghèo người Khmer xin khất tới sau thu hoạch Thu Đông. Anh Sơn Văn Mến đề nghị HTX "
              "làm mẫu một cánh đồng sạ thưa, bón phân theo bảng so màu lá cho bà con tới coi."),
            P("Cuối buổi đồng chí Bình kết luận: vụ Thu Đông HTX xuống giống đồng loạt theo lịch né rầy của huyện; "
              "cho hộ nghèo khất thủy lợi phí tới cuối vụ; tháng này ưu tiên vét mương và trả dứt nợ tiền điện. "
              "Giao anh Thạch Ny lo vét mương, bơm nước đợt đầu cho tổ ấp Phú Hữu xong trước ngày 15/9; chị Kim Thị "
              "Phượng lo thu thủy lợi phí vụ Hè Thu của các hộ khá, trong tháng 9; anh Sơn Văn Mến làm mẫu 5 ha sạ "
              "thưa ở ấp Phú Thành trong vụ Thu Đông này."),
            P("Không ai có ý kiến gì thêm. Họp xong lúc 10 giờ 15 phút. Biên bản đọc lại cho chi bộ nghe, mọi người "
              "đồng ý thông qua."),
            G(4),
            S(["THƯ KÝ", "Kim Thị Phượng"], ["BÍ THƯ CHI BỘ", "Sơn Thanh Bình"]),
        ],
        "truth": minute(
            meeting("regular", "2008-09-05", "08:00", "10:15", "văn phòng HTX ở ấp Phú Hữu",
                    "CHI BỘ HTX NÔNG NGHIỆP PHÚ TÂM", "ĐẢNG BỘ XÃ PHÚ TÂM"),
            "Sơn Thanh Bình", "Bí thư chi bộ", "Kim Thị Phượng",
            attendance(15, 12, 3, 3, 0, 0,
                       [("Thạch Sô Phal", "đi làm thuê trên Bình Dương", True),
                        ("Lâm Thị Sa Rươl", "có con ốm nằm viện tỉnh", True),
                        ("Danh Út", "đi đám cưới ở Trà Vinh", True)],
                       [("Lê Văn Hoà", "cán bộ Trạm Khuyến nông huyện Châu Thành")]),
            True,
            [],
            [task("Thạch Ny", "vét mương, bơm nước đợt đầu cho tổ ấp Phú Hữu", "15/9"),
             task("Kim Thị Phượng", "thu thủy lợi phí vụ Hè Thu của các hộ khá", "tháng 9"),
             task("Sơn Văn Mến", "làm mẫu 5 ha sạ thưa ở ấp Phú Thành", "vụ Thu Đông này")],
            ["low_attendance", "missing_vote"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# e08 — Lâm Đồng, Bảo Lộc: tea farm team, typed on a machine into a printed form. Unfilled; not approved.
# =================================================================================================
DOCS.append({
    "name": "e08-lamdong-tea-farm-form-unfilled-not-approved", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.25, "left": 68,
              "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ NÔNG TRƯỜNG CHÈ ĐẠI LÀO", "CHI BỘ ĐỘI SẢN XUẤT SỐ 3", "Số: 04-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bảo Lộc, ngày 06 tháng 4 năm 2005"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 04 năm 2005", bold=False),
            G(8),
            L("1. Thời gian: bắt đầu 7 giờ 00 ngày 06/4/2005."),
            L("2. Địa điểm: nhà kho chè búp tươi Đội 3."),
            L("3. Chủ trì: đ/c Hoàng Văn Sửu - Bí thư chi bộ, Đội trưởng Đội 3."),
            L("4. Thư ký: đ/c Nguyễn Thị Lài."),
            L("5. Đảng viên: tổng số 12; có mặt 11; vắng 01 (đ/c K'Brơi - đi dự họp dân ở thôn 5)."),
            L("6. Khách mời: ……………………………………………"),
            L("7. Nội dung sinh hoạt:"),
            L("a) Đ/c Bí thư thông báo: giá thu mua chè búp tươi của nông trường tháng 4 giữ 2.300 đ/kg; Công ty yêu "
              "cầu các đội phòng chống cháy đồi chè, rừng thông cuối mùa khô; lịch tiêm phòng cho con em công nhân "
              "tại trạm xá nông trường."),
            L("b) Kiểm điểm tháng 3: đội thu hái được 186 tấn búp tươi, đạt 97% kế hoạch quý I; bọ xít muỗi gây hại "
              "ở lô 7, lô 9 chưa phun kịp; còn 14 hộ nhận khoán nộp sản lượng chậm, trong đó có hộ bán chè ra ngoài "
              "cho tư thương."),
            L("c) Ý kiến: đ/c Nguyễn Thị Lài đề nghị nông trường tạm ứng phân bón cho hộ khó khăn để giữ sản lượng; "
              "đ/c Ka Điệp (tổ hái số 2) nói chị em tổ hái đồng ý làm thêm ngày Chủ nhật nếu được trả công kịp; "
              "đ/c Phạm Văn Tưởng đề nghị cấp thêm 02 bình phun máy cho tổ bảo vệ thực vật."),
            L("d) Kết luận của đ/c chủ trì: tháng 4 đội phấn đấu thu hái 70 tấn, dập dịch bọ xít muỗi ở lô 7, lô 9, "
              "không để hộ nhận khoán bán chè cho tư thương. Phân công đ/c Phạm Văn Tưởng phụ trách tổ phun thuốc, "
              "xong trước 20/4; đ/c Ka Điệp vận động các hộ khoán nộp đủ sản lượng trong tháng 4."),
            L("e) Biểu quyết: 11/11 đ/c có mặt nhất trí."),
            L("Cuộc họp kết thúc lúc 9 giờ 00 cùng ngày."),
            G(6),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Nguyễn Thị Lài"], ["BÍ THƯ", "(Ký, ghi rõ họ tên)", "Hoàng Văn Sửu"]),
        ],
        "truth": minute(
            meeting("regular", "2005-04-06", "07:00", "09:00", "nhà kho chè búp tươi Đội 3",
                    "CHI BỘ ĐỘI SẢN XUẤT SỐ 3", "ĐẢNG BỘ NÔNG TRƯỜNG CHÈ ĐẠI LÀO"),
            "Hoàng Văn Sửu", "Bí thư chi bộ", "Nguyễn Thị Lài",
            attendance(12, 11, 1, 1, 0, 0, [("K'Brơi", "đi dự họp dân ở thôn 5", True)]),
            True,
            [vote("Kết luận tháng 4/2005", 11)],
            [task("Phạm Văn Tưởng", "phụ trách tổ phun thuốc", "20/4"),
             task("Ka Điệp", "vận động các hộ khoán nộp đủ sản lượng", "tháng 4")],
            ["not_approved", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# e09 — TP Hồ Chí Minh, phường Gia Định (2026): retirees' neighbourhood cell. No discussion; no conclusion.
# =================================================================================================
DOCS.append({
    "name": "e09-hcm-ward-retirees-no-discussion-no-conclusion", "folder": "dev",
    "style": {"family": "dvsans", "size": 11.5, "justify": False, "indent": 18, "spacing": 1.3, "left": 75,
              "right": 66, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG BỘ PHƯỜNG GIA ĐỊNH", "CHI BỘ KHU PHỐ 12", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Gia Định, ngày 05 tháng 3 năm 2026"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("Sinh hoạt chi bộ tháng 3 năm 2026"),
            G(8),
            P("Buổi sinh hoạt bắt đầu lúc 8 giờ 00 sáng ngày 05/3/2026 tại hội trường Ban điều hành Khu phố 12, số "
              "41 đường Nơ Trang Long."),
            P("Chi bộ hiện có 42 đảng viên, phần đông là cán bộ hưu trí và cựu chiến binh; 11 đồng chí được miễn "
              "sinh hoạt vì tuổi cao, sức yếu, còn phải dự 31. Sáng nay đến họp 28 đồng chí. Vắng 3: đ/c Ngô Văn Bảy "
              "nằm viện Chợ Rẫy, đ/c Lưu Thị Ba đi thăm con ở Úc, đ/c Phạm Tấn Lợi bận đưa cháu đi khám bệnh; cả ba "
              "đều có nhắn trước với chi ủy."),
            P("Đồng chí Trịnh Văn Hai, Bí thư chi bộ, chủ trì; đồng chí Lê Thị Ngọc Ánh, Chi ủy viên, làm thư ký. Dự "
              "buổi sinh hoạt có đồng chí Đoàn Thị Thu Hằng, Đảng ủy viên, Phó Chủ tịch UBND phường, phụ trách địa "
              "bàn."),
            P("Mở đầu, đồng chí Hằng trao Huy hiệu 55 năm tuổi Đảng cho đồng chí Ngô Văn Chín; chi bộ tặng hoa chúc "
              "mừng."),
            P("Tiếp đó, đồng chí Bí thư đọc báo cáo tình hình khu phố tháng 2. Bà con đón Tết Bính Ngọ vui tươi, an "
              "toàn, không có cháy nổ; khu phố trao 64 phần quà cho hộ nghèo, hộ cận nghèo và gia đình chính sách; "
              "Hội Người cao tuổi mừng thọ 37 cụ. Còn tồn tại: rác bỏ không đúng giờ ở hẻm 41; một số hộ cho thuê "
              "phòng chưa khai báo lưu trú cho người thuê."),
            P("Về nhiệm vụ tháng 3, trọng tâm là bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm "
              "kỳ 2026 – 2031 vào Chủ nhật 15/3/2026. Khu phố có 2.814 cử tri, chia làm 2 khu vực bỏ phiếu; chi bộ "
              "vận động bà con đi bầu đầy đủ, đúng giờ, bảo đảm an ninh trật tự trong ngày bầu cử."),
            P("Các đồng chí dự họp thống nhất với báo cáo và kế hoạch, không có ý kiến gì khác. Chi bộ biểu quyết "
              "thông qua kế hoạch tháng 3: nhất trí 100%."),
            P("Phân công: đồng chí Lê Thị Ngọc Ánh cùng tổ trưởng các tổ dân cư rà soát lại danh sách cử tri đã "
              "niêm yết, báo cáo tổ bầu cử những trường hợp thay đổi trước ngày 08/3/2026; đồng chí Phạm Văn Út, "
              "Trưởng ban công tác Mặt trận, đưa thẻ cử tri tận nhà các cụ không đi lại được; Chi hội Cựu chiến "
              "binh giữ trật tự tại điểm bỏ phiếu trong ngày bầu cử."),
            P("Cuối buổi, đồng chí Bí thư cảm ơn đồng chí Phó Chủ tịch đã về dự, chúc các đồng chí đảng viên và gia "
              "đình mạnh khỏe, rồi tuyên bố bế mạc lúc 9 giờ 50 phút. Biên bản được đọc lại và thông qua tại buổi "
              "họp."),
            G(4),
            S(["THƯ KÝ", "Lê Thị Ngọc Ánh"], ["T/M CHI ỦY", "BÍ THƯ", "Trịnh Văn Hai"]),
        ],
        "truth": minute(
            meeting("regular", "2026-03-05", "08:00", "09:50",
                    "hội trường Ban điều hành Khu phố 12, số 41 đường Nơ Trang Long",
                    "CHI BỘ KHU PHỐ 12", "ĐẢNG BỘ PHƯỜNG GIA ĐỊNH"),
            "Trịnh Văn Hai", "Bí thư chi bộ", "Lê Thị Ngọc Ánh",
            attendance(42, 28, 3, 3, 0, 11,
                       [("Ngô Văn Bảy", "nằm viện Chợ Rẫy", True), ("Lưu Thị Ba", "đi thăm con ở Úc", True),
                        ("Phạm Tấn Lợi", "bận đưa cháu đi khám bệnh", True)],
                       [("Đoàn Thị Thu Hằng", "Đảng ủy viên, Phó Chủ tịch UBND phường, phụ trách địa bàn")]),
            False,
            [vote("Kế hoạch tháng 3/2026", pct=100)],
            [task("Lê Thị Ngọc Ánh", "cùng tổ trưởng các tổ dân cư rà soát lại danh sách cử tri đã niêm yết, báo "
                  "cáo tổ bầu cử những trường hợp thay đổi", "08/3/2026"),
             task("Phạm Văn Út", "đưa thẻ cử tri tận nhà các cụ không đi lại được", None),
             task("Chi hội Cựu chiến binh", "giữ trật tự tại điểm bỏ phiếu", "ngày bầu cử")],
            ["missing_conclusion", "no_discussion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# e10 — Khánh Hòa, Vạn Ninh: fishing-village book, Jan–Jun 2011 (April skipped), all prose.
# =================================================================================================
_BOOK = "CHI BỘ THÔN HẢI TRIỀU"
_BOOK_COMMITTEE = "ĐẢNG BỘ XÃ VẠN LƯƠNG"
_PLACE = "nhà văn hóa thôn Hải Triều"

DOCS.append({
    "name": "e10-khanhhoa-fishing-village-book-missing-month-no-thematic-repeated-absence", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.25, "left": 80,
              "right": 62, "head": "Sổ biên bản Chi bộ thôn Hải Triều – năm 2011", "head_align": "right",
              "foot": "- {n} -"},
    "between": 22,
    "minutes": [
        {   # January
            "blocks": [
                HD(["ĐẢNG BỘ XÃ VẠN LƯƠNG", "CHI BỘ THÔN HẢI TRIỀU", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vạn Lương, ngày 07 tháng 01 năm 2011"], bold_left=(1,)),
                G(4),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01/2011"),
                G(4),
                P("Buổi sinh hoạt bắt đầu lúc 19 giờ 00 ngày 07/01/2011 tại nhà văn hóa thôn Hải Triều. Chi bộ có 21 "
                  "đảng viên, đ/c Lê Văn Mười được miễn sinh hoạt (86 tuổi), phải dự 20, đến họp 18. Vắng đ/c Nguyễn "
                  "Thị Lệ đi chữa bệnh ở Nha Trang, còn đ/c Trần Văn Bốn thì không có lý do. Đ/c Bí thư Phan Văn Lành "
                  "chủ trì, đ/c Võ Thị Thu Ba làm thư ký."),
                P("Mở đầu, đ/c Lành phổ biến kế hoạch của Đảng ủy xã về bầu cử đại biểu Quốc hội khóa XIII và HĐND "
                  "các cấp, và chỉ thị của UBND tỉnh về bảo đảm an toàn cho tàu cá ra khơi đầu năm. Tiếp đó đ/c Lành "
                  "báo cáo việc tháng 12: thôn có 46 tàu cá đánh bắt xa bờ, 312 ô lồng nuôi tôm hùm trên vịnh Vân "
                  "Phong; mùa bão vừa rồi không thiệt hại về người, nhưng 2 tàu bị sóng đánh hư máy phải lai dắt về; "
                  "quỹ Vì người nghèo của thôn được 8.200.000 đồng. Tồn tại: rác từ bè nuôi xả xuống vịnh nhiều, có "
                  "chỗ nước đổi màu; vài hộ cho người lạ ở nhờ trên bè không khai báo tạm trú."),
                P("Các đồng chí góp ý: đ/c Nguyễn Văn Tám, Trưởng thôn, nói người làm thuê trên bè phần đông từ nơi "
                  "khác tới, thôn chưa nắm hết; đ/c Đặng Thị Hương, Chi hội trưởng HPN, đề nghị ưu tiên quà Tết cho "
                  "mấy nhà có chồng, con mất tích trên biển; đ/c Huỳnh Văn Cường, thuyền trưởng, nhắc tàu ra khơi đầu "
                  "năm phải đủ áo phao và máy thông tin tầm xa, đừng vì tiết kiệm mà bỏ."),
                P("Đ/c chủ trì kết luận: trước và sau Tết Tân Mão chi bộ lo cho bà con ăn Tết an toàn, tàu ra khơi "
                  "đủ điều kiện; vận động các hộ nuôi lồng bè thu gom rác đưa vào bờ; chuẩn bị tốt cho bầu cử. Giao đ/c "
                  "Nguyễn Văn Tám cùng công an viên thôn rà soát tạm trú trên các bè nuôi trước ngày 25/01/2011; đ/c "
                  "Đặng Thị Hương vận động chị em thăm, tặng quà hộ nghèo trước Tết; đ/c Huỳnh Văn Cường kiểm tra "
                  "trang bị an toàn trên các tàu trong tổ đoàn kết trước ngày ra khơi mùng 6 Tết."),
                P("Biểu quyết: 18/18 đồng chí tán thành kết luận. Họp xong lúc 21 giờ 00; biên bản đọc lại, chi bộ "
                  "thông qua."),
                S(["THƯ KÝ", "Võ Thị Thu Ba"], ["BÍ THƯ", "Phan Văn Lành"]),
            ],
            "truth": minute(
                meeting("regular", "2011-01-07", "19:00", "21:00", _PLACE, _BOOK, _BOOK_COMMITTEE),
                "Phan Văn Lành", "Bí thư", "Võ Thị Thu Ba",
                attendance(21, 18, 2, 1, 1, 1,
                           [("Nguyễn Thị Lệ", "đi chữa bệnh ở Nha Trang", True),
                            ("Trần Văn Bốn", "không có lý do", False)]),
                True,
                [vote("Kết luận tháng 01/2011", 18)],
                [task("Nguyễn Văn Tám", "cùng công an viên thôn rà soát tạm trú trên các bè nuôi", "25/01/2011"),
                 task("Đặng Thị Hương", "vận động chị em thăm, tặng quà hộ nghèo", "Tết"),
                 task("Huỳnh Văn Cường", "kiểm tra trang bị an toàn trên các tàu trong tổ đoàn kết",
                      "ngày ra khơi mùng 6 Tết")],
                ["unexcused_absence"]),
        },
        {   # February
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02/2011"),
                G(4),
                P("Ngày 12/02/2011 (mùng 10 tháng Giêng năm Tân Mão), lúc 19 giờ 30, chi bộ họp tại nhà văn hóa "
                  "thôn Hải Triều. Chi bộ 21 đảng viên, 01 đồng chí miễn sinh hoạt, phải dự 20, có mặt 19; đ/c Huỳnh "
                  "Văn Cường đi biển dài ngày ở Trường Sa, có báo trước. Đ/c Phan Văn Lành, Bí thư, chủ trì; đ/c Võ "
                  "Thị Thu Ba ghi biên bản."),
                P("Đ/c Lành thông tin kết quả Đại hội đại biểu toàn quốc lần thứ XI của Đảng, rồi đánh giá dịp Tết: "
                  "thôn đón Tết vui tươi, không có vụ việc phức tạp; 38 tàu đã xuất bến đầu năm an toàn; thăm hỏi, "
                  "tặng quà 27 hộ nghèo, gia đình chính sách. Tồn tại: mấy ngày Tết còn đánh bài ăn tiền ở một vài "
                  "nhà; một tàu ra khơi thiếu phao cứu sinh bị Đồn Biên phòng nhắc nhở."),
                P("Ý kiến: đ/c Trần Văn Bốn nhận tàu bị nhắc là tàu của gia đình mình, hứa mua bổ sung ngay; đ/c "
                  "Nguyễn Văn Tám đề nghị Chi đoàn dọn bãi biển vì sau Tết rác dạt vô nhiều; đ/c Đặng Thị Hương "
                  "báo Chi hội Phụ nữ đã có danh sách chị em đi tập huấn nuôi tôm hùm không dùng cá tạp."),
                P("Đ/c Bí thư kết luận: tháng 2 giữ an ninh trật tự sau Tết, dẹp cờ bạc; mọi tàu ra khơi phải đủ phao, "
                  "áo phao; chuẩn bị lập danh sách cử tri. Giao đ/c Nguyễn Văn Tám lập danh sách cử tri của thôn, xong "
                  "trong tháng 3; đ/c Trần Văn Bốn bổ sung đủ phao cứu sinh cho tàu trước chuyến biển tới; Chi đoàn "
                  "thanh niên ra quân dọn rác bãi biển sáng Chủ nhật hằng tuần."),
                P("Chi bộ nhất trí 19/19. Kết thúc lúc 21 giờ 15, biên bản đã thông qua."),
                S(["THƯ KÝ", "Võ Thị Thu Ba"], ["BÍ THƯ", "Phan Văn Lành"]),
            ],
            "truth": minute(
                meeting("regular", "2011-02-12", "19:30", "21:15", _PLACE, _BOOK, _BOOK_COMMITTEE),
                "Phan Văn Lành", "Bí thư", "Võ Thị Thu Ba",
                attendance(21, 19, 1, 1, 0, 1, [("Huỳnh Văn Cường", "đi biển dài ngày ở Trường Sa", True)]),
                True,
                [vote("Kết luận tháng 02/2011", 19)],
                [task("Nguyễn Văn Tám", "lập danh sách cử tri của thôn", "tháng 3"),
                 task("Trần Văn Bốn", "bổ sung đủ phao cứu sinh cho tàu", "chuyến biển tới"),
                 task("Chi đoàn thanh niên", "ra quân dọn rác bãi biển", "sáng Chủ nhật hằng tuần")],
                []),
        },
        {   # March
            "blocks": [
                C("BIÊN BẢN HỌP CHI BỘ THÁNG 3 NĂM 2011"),
                G(4),
                P("Lúc 19 giờ 00 ngày 10/3/2011, chi bộ họp thường kỳ tại nhà văn hóa thôn Hải Triều. Phải dự 20 đồng "
                  "chí (miễn sinh hoạt 01), có mặt 18. Vắng: đ/c Đặng Thị Hương đi dự tập huấn của Hội Phụ nữ huyện; "
                  "đ/c Trần Văn Bốn vắng mặt không có lý do. Dự họp có đ/c Lê Thanh Sơn, Phó Bí thư Đảng ủy xã, phụ "
                  "trách chi bộ. Đ/c Phan Văn Lành chủ trì, đ/c Võ Thị Thu Ba ghi biên bản."),
                P("Đ/c Lành báo cáo tình hình tháng 2: thôn có 1.126 cử tri, danh sách đã lập xong; 2 bè nuôi tôm hùm "
                  "bị bệnh sữa, tôm chết gần hết, chủ bè vứt tôm chết xuống vịnh; giá tôm hùm xanh lên, bà con phấn "
                  "khởi thả thêm giống."),
                P("Thảo luận: đ/c Huỳnh Văn Cường đề nghị thôn có chỗ chôn tôm chết, phạt nặng người vứt xuống nước; "
                  "đ/c Nguyễn Văn Tám nói tổ bầu cử còn thiếu người biết vi tính; đ/c Võ Thị Thu Ba hỏi chi bộ xử lý "
                  "sao với đảng viên vắng họp nhiều lần không báo."),
                P("Đ/c Lê Thanh Sơn phát biểu chỉ đạo: ghi nhận thôn chuẩn bị bầu cử sớm; yêu cầu chi bộ giữ an ninh "
                  "cho ngày bầu cử, chỉ đạo các bè nuôi xử lý tôm chết không để ô nhiễm vịnh, và kiểm điểm nghiêm đảng "
                  "viên vắng sinh hoạt nhiều lần không lý do."),
                P("Đ/c Lành cảm ơn ý kiến chỉ đạo của đ/c Phó Bí thư Đảng ủy, hứa chi bộ tiếp thu và báo cáo kết quả "
                  "lên Đảng ủy xã."),
                P("Phân công: đ/c Nguyễn Văn Tám cùng tổ bầu cử niêm yết danh sách cử tri tại nhà văn hóa thôn trước "
                  "ngày 12/4/2011; đ/c Huỳnh Văn Cường vận động các chủ bè thu gom tôm chết, chôn lấp đúng chỗ, làm "
                  "ngay trong tuần. Chi bộ biểu quyết thông qua chương trình công tác tháng 3: 18/18 nhất trí."),
                P("Họp kết thúc 21 giờ 00. Biên bản đọc lại và được thông qua."),
                S(["THƯ KÝ", "Võ Thị Thu Ba"], ["BÍ THƯ", "Phan Văn Lành"]),
            ],
            "truth": minute(
                meeting("regular", "2011-03-10", "19:00", "21:00", _PLACE, _BOOK, _BOOK_COMMITTEE),
                "Phan Văn Lành", None, "Võ Thị Thu Ba",
                attendance(21, 18, 2, 1, 1, 1,
                           [("Đặng Thị Hương", "đi dự tập huấn của Hội Phụ nữ huyện", True),
                            ("Trần Văn Bốn", "không có lý do", False)],
                           [("Lê Thanh Sơn", "Phó Bí thư Đảng ủy xã, phụ trách chi bộ")]),
                False,
                [vote("Chương trình công tác tháng 3/2011", 18)],
                [task("Nguyễn Văn Tám", "cùng tổ bầu cử niêm yết danh sách cử tri tại nhà văn hóa thôn", "12/4/2011"),
                 task("Huỳnh Văn Cường", "vận động các chủ bè thu gom tôm chết, chôn lấp đúng chỗ",
                      "ngay trong tuần")],
                ["missing_conclusion", "unexcused_absence"]),
        },
        {   # May (April skipped)
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5/2011"),
                G(4),
                P("Hôm nay ngày 06/5/2011, lúc 19 giờ 00, tại nhà văn hóa thôn Hải Triều, chi bộ sinh hoạt thường "
                  "kỳ. Tháng 4 vừa qua phần đông đảng viên theo tàu đi mùa cá cơm nên chi bộ không họp được. Phải dự "
                  "20 đồng chí (01 miễn sinh hoạt), có mặt 19; vắng đ/c Nguyễn Thị Lệ đi chăm mẹ ốm ở Ninh Hòa. Đ/c "
                  "Phan Văn Lành, Bí thư chi bộ, chủ trì; đ/c Võ Thị Thu Ba làm thư ký."),
                P("Đ/c Lành báo cáo: mùa cá cơm khá, tàu về đều; các tổ bầu cử đã tập huấn xong, danh sách cử tri "
                  "niêm yết đúng hạn; thôn chưa có chỗ chôn tôm chết chung, bè nào bè nấy tự lo."),
                P("Ý kiến: đ/c Trần Văn Bốn xin lỗi chi bộ vì mấy lần vắng, nói tàu đi biển không về kịp; đ/c Huỳnh "
                  "Văn Cường đề nghị xin xã một khoảnh đất cát phía bắc thôn làm chỗ chôn tôm chết; đ/c Đặng Thị "
                  "Hương báo chị em sẽ nấu cơm cho các tổ bầu cử ngày 22/5."),
                P("Đ/c Lành kết luận: tháng 5 dồn sức cho ngày bầu cử, vận động 100% cử tri đi bầu; lo chỗ chôn tôm "
                  "chết trước mùa mưa. Giao đ/c Nguyễn Văn Tám chuẩn bị khu vực bỏ phiếu tại nhà văn hóa thôn, xong "
                  "trước ngày 20/5/2011; đ/c Huỳnh Văn Cường làm tờ trình xin đất chôn tôm chết gửi UBND xã trong "
                  "tháng 5; Chi hội Phụ nữ lo hậu cần cho các tổ bầu cử."),
                P("Các đồng chí không có ý kiến khác. Buổi sinh hoạt kết thúc lúc 20 giờ 45 phút, biên bản được đọc "
                  "lại và thông qua."),
                S(["THƯ KÝ", "Võ Thị Thu Ba"], ["BÍ THƯ", "Phan Văn Lành"]),
            ],
            "truth": minute(
                meeting("regular", "2011-05-06", "19:00", "20:45", _PLACE, _BOOK, _BOOK_COMMITTEE),
                "Phan Văn Lành", "Bí thư chi bộ", "Võ Thị Thu Ba",
                attendance(21, 19, 1, 1, 0, 1, [("Nguyễn Thị Lệ", "đi chăm mẹ ốm ở Ninh Hòa", True)]),
                True,
                [],
                [task("Nguyễn Văn Tám", "chuẩn bị khu vực bỏ phiếu tại nhà văn hóa thôn", "20/5/2011"),
                 task("Huỳnh Văn Cường", "làm tờ trình xin đất chôn tôm chết gửi UBND xã", "tháng 5"),
                 task("Chi hội Phụ nữ", "hậu cần cho các tổ bầu cử", None)],
                ["missing_vote"]),
        },
        {   # June, combined with a thematic meeting
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2011"),
                C("(kết hợp sinh hoạt chuyên đề)", bold=False),
                L("Chuyên đề: Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về nâng cao đạo đức cách mạng, "
                  "quét trừ chủ nghĩa cá nhân"),
                G(4),
                P("Lúc 19 giờ 00 ngày 09/6/2011, chi bộ họp tại nhà văn hóa thôn Hải Triều. Phải dự 20 (miễn 01), "
                  "có mặt 18; vắng đ/c Huỳnh Văn Cường đi biển và đ/c Trần Văn Bốn (không báo). Đ/c Bí thư Phan Văn "
                  "Lành chủ trì, đ/c Võ Thị Thu Ba thư ký."),
                P("Phần thứ nhất, việc thường kỳ: ngày 22/5 thôn có 99,6% cử tri đi bầu, không có sự cố; đã có khu "
                  "đất chôn tôm chết phía bắc thôn. Tháng 6 vào mùa mưa bão, tàu thuyền phải giữ liên lạc với bờ."),
                P("Phần thứ hai, chuyên đề: đ/c Võ Thị Thu Ba trình bày những nội dung chính của chuyên đề năm 2011 "
                  "và liên hệ với việc của thôn: đảng viên đi đầu giữ vệ sinh vịnh, không vì cái lợi riêng mà xả rác, "
                  "vứt tôm chết. Ý kiến: đ/c Nguyễn Văn Tám tự nhận trước đây có lúc nể nang, không nhắc bè nuôi của "
                  "người quen; đ/c Đặng Thị Hương đề nghị mỗi đảng viên đăng ký một việc làm cụ thể theo gương Bác."),
                P("Đ/c Lành kết luận cả hai phần: mỗi đảng viên viết bản đăng ký làm theo gương Bác gắn với giữ sạch "
                  "vịnh Vân Phong; giữ an toàn cho người và tàu mùa mưa bão. Giao đ/c Võ Thị Thu Ba tập hợp bản đăng "
                  "ký của đảng viên, xong trước ngày 30/6/2011; đ/c Nguyễn Văn Tám lập danh sách tàu, số máy liên "
                  "lạc của từng thuyền trưởng gửi Đồn Biên phòng. Chi bộ thống nhất đề nghị Đảng ủy xã xem xét trường "
                  "hợp đ/c Trần Văn Bốn vắng sinh hoạt không lý do nhiều lần."),
                P("Chi bộ biểu quyết: 18/18 tán thành kết luận và nội dung chuyên đề. Bế mạc lúc 21 giờ 20 phút; "
                  "biên bản đọc lại, thông qua."),
                S(["THƯ KÝ", "Võ Thị Thu Ba"], ["BÍ THƯ", "Phan Văn Lành"]),
            ],
            "truth": minute(
                meeting("regular", "2011-06-09", "19:00", "21:20", _PLACE, _BOOK, _BOOK_COMMITTEE,
                        topic="Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về nâng cao đạo đức cách mạng, "
                              "quét trừ chủ nghĩa cá nhân"),
                "Phan Văn Lành", "Bí thư", "Võ Thị Thu Ba",
                attendance(21, 18, 2, 1, 1, 1,
                           [("Huỳnh Văn Cường", "đi biển", True), ("Trần Văn Bốn", "không báo", False)]),
                True,
                [vote("Kết luận và nội dung chuyên đề tháng 6/2011", 18)],
                [task("Võ Thị Thu Ba", "tập hợp bản đăng ký của đảng viên", "30/6/2011"),
                 task("Nguyễn Văn Tám", "lập danh sách tàu, số máy liên lạc của từng thuyền trưởng gửi Đồn Biên "
                      "phòng", None)],
                ["unexcused_absence"]),
        },
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"], "scans": [],
})


# =================================================================================================
# e11 — An Giang, An Phú: border post's mass-mobilisation team, flood season. Scan only (phone). No assignments.
# =================================================================================================
DOCS.append({
    "name": "e11-angiang-border-post-scan-phone-no-assignments", "folder": "dev", "born_digital": False,
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 22, "spacing": 1.2, "left": 78,
              "right": 60, "top": 48},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BĐBP TỈNH AN GIANG", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG PHÚ HỮU", "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Hữu, ngày 07 tháng 7 năm 2010"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7 NĂM 2010"),
            G(6),
            P("Buổi sinh hoạt bắt đầu lúc 19 giờ 00 ngày 07/7/2010, tại phòng họp Đội Vận động quần chúng, Đồn Biên "
              "phòng Phú Hữu. Chi bộ có 7 đảng viên, đến họp đủ 7 đồng chí. Thiếu tá Nguyễn Văn Dũng, Bí thư chi bộ, "
              "Đội trưởng, chủ trì; Đại úy Chau Sóc Kha ghi biên bản. Có mời ông Trần Văn Sáu, Trưởng ấp Phú Hiệp, "
              "dự họp."),
            P("Mở đầu, đ/c Dũng thông báo: nước đầu nguồn sông Hậu năm nay lên sớm, dự báo đỉnh lũ ở Tân Châu "
              "khoảng 3,8 m; lợi dụng mùa nước nổi, đối tượng buôn lậu dùng xuồng máy chở đường cát, thuốc lá từ "
              "bên kia biên giới qua các kênh rạch; Bộ Chỉ huy BĐBP tỉnh mở đợt cao điểm chống buôn lậu từ 01/7 đến "
              "30/9/2010."),
            P("Tiếp đó, Đại úy Chau Sóc Kha báo cáo kết quả tháng 6: đội phối hợp với Ban nhân dân ấp tuyên truyền "
              "04 buổi cho 230 lượt người về Quy chế khu vực biên giới, vận động 12 hộ ký cam kết không tiếp tay "
              "buôn lậu; giúp 3 hộ nghèo người Chăm ấp Phú Hiệp dựng lại nhà sàn; Tổ tự quản đường biên, mốc quốc "
              "giới ấp Phú Hiệp duy trì tuần tra đều. Hạn chế: nắm tình hình ghe xuồng đi lại ban đêm chưa sâu."),
            P("Thảo luận: Thượng úy Lê Minh Trí cho biết dân giăng lưới nhiều nhà đi ban đêm, khó phân biệt với "
              "xuồng chở hàng lậu, đề nghị kẻ số hiệu cho xuồng của bà con trong ấp. Trung úy Mohamad Ly nói bà con "
              "người Chăm ở Phú Hiệp rất nghe lời ông Hakim của thánh đường, nên nhờ ông nhắc thêm trong các buổi "
              "lễ. Ông Trần Văn Sáu phát biểu: ấp sẵn sàng cử thêm 2 thanh niên vào tổ tự quản trong mùa nước."),
            P("Đ/c Bí thư kết luận: tháng 7 chi bộ lãnh đạo đội tập trung cho đợt cao điểm chống buôn lậu mùa nước "
              "nổi; bám ấp, bám hộ, nắm chắc người và phương tiện qua lại; giữ mối quan hệ tốt với Ban nhân dân ấp và "
              "các vị chức sắc tôn giáo; chăm lo cho bà con vùng ngập lũ."),
            P("Nhiệm vụ tháng 7 được đọc lại để chi bộ cùng nắm: tuyên truyền Quy chế khu vực biên giới ở 3 ấp giáp "
              "biên; lập danh sách xuồng, ghe của bà con ấp Phú Hiệp; tuần tra chung với Tổ tự quản vào ban đêm; "
              "chuẩn bị áo phao, xuồng cứu hộ cho các hộ ở vùng trũng. Đề nghị các đồng chí đảng viên gương mẫu, "
              "bám địa bàn, hoàn thành nhiệm vụ được giao."),
            P("Chi bộ biểu quyết: 7/7 đồng chí nhất trí với kết luận và nhiệm vụ tháng 7. Sinh hoạt kết thúc lúc 21 "
              "giờ 00. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
            G(4),
            S(["THƯ KÝ", "Đại úy Chau Sóc Kha"], ["BÍ THƯ", "Thiếu tá Nguyễn Văn Dũng"]),
        ],
        "truth": minute(
            meeting("regular", "2010-07-07", "19:00", "21:00",
                    "phòng họp Đội Vận động quần chúng, Đồn Biên phòng Phú Hữu",
                    "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG PHÚ HỮU"),
            "Nguyễn Văn Dũng", "Bí thư chi bộ", "Chau Sóc Kha",
            attendance(7, 7, 0, 0, 0, 0, [], [("Trần Văn Sáu", "Trưởng ấp Phú Hiệp")]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 7/2010", 7)],
            [],
            ["missing_assignments"]),
    }],
    "flags": [],
    "scans": [{"name": "e11-angiang-border-post-scan-phone-no-assignments", "folder": "dev", "damage": "phone",
               "seed": 19011, "dpi": 250}],
})
