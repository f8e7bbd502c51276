"""Held-out set 17, writer s (dev/, `s…`): the North, the North-Central coast and the northern mountains, 2010–2024.
Theme: meetings with business of their own. Every minute written by hand; names and figures invented or used loosely.

Files (name -> what varies -> minute flags / book flags):
- s01-nghean-school-admission-vote-clean -> Nghệ An secondary school, Nov 2023; regular meeting that votes to propose
  admitting a teacher (candidate and introducer present, candidate invited as a guest, official members only vote
  14/14, probationary members do not); serif 13 justified, "Trang n/N" -> — (clean)
- s02-hagiang-hmong-village-yearend-grading-unexcused -> Hà Giang Hmong village, Dec 2019; year-end review and grading,
  2 exempt members named, attendance exactly 90 %, grading table (no vote), secret ballots of official members,
  interpreter; sans 11.5 ragged, ruled table -> unexcused_absence
- s03-quangninh-coalmine-discipline-ballot-clean -> Quảng Ninh coal mine, Jun 2014; regular meeting + discipline of a
  team leader present (self-criticism, secret ballot "khiển trách" 19 for / 2 against); serif 12, top page numbers
  -> — (clean)
- s04-hatinh-coastal-storm-extraordinary-short-unapproved -> Hà Tĩnh fishing village, 14/9/2017, extraordinary
  meeting before storm No. 10 (Doksuri), 65 min, ends with the members leaving, no read-back; one page, sans 11
  ragged -> short_meeting, not_approved
- s05-hanoi-hospital-covid-hybrid-low-attendance -> Hà Nội hospital ICU, Aug 2021, in-person + Zoom under Directive 16,
  4 excused absentees in a ruled table (15/19); dvsans 10.5 justified, running head right, "Trang n/N"
  -> low_attendance
- s06-thainguyen-factory-congress-delegates-ballot-no-tasks -> Thái Nguyên metal works foundry, May 2020; regular
  meeting + electing 3 delegates to the company's Party congress (slate by hands 27/27, a ruled table of ballots per
  candidate), only general calls to members; serif 12 ragged, "- n -" foot -> missing_assignments
- s07-laocai-border-post-membership-transfer-clean -> Lào Cai border post team, Oct 2024 (after typhoon Yagi);
  membership moved in and out (chuyển sinh hoạt đảng), ranks before names, task table with two men in one cell and
  a squad; DejaVu Serif 11, running head -> — (clean)
- s08-thanhhoa-retirees-joint-massorgs-no-discussion-no-conclusion -> Thanh Hóa ward retirees' cell, May 2010, joint
  meeting with the Elderly and Veterans' associations, 9 exempt, 2 absent by count only, "thảo luận, nhất trí với báo
  cáo", thanks only at the end; one page, serif 11.5 -> missing_conclusion, no_discussion
- s09-vinh-university-students-recognition-thematic-combined-short -> Vinh University students' cell, Apr 2018;
  regular + thematic combined (topic line "Chuyên đề:"), recognising a probationary member as official (07/07
  official members), 105 min; dvsans 11 ragged -> short_meeting
- s10-yenbai-thai-village-book-2012 -> Yên Bái (Văn Chấn) village cell book, Jan–Jun 2012, 5 minutes (Jan, Feb, Apr,
  May combined with the year's thematic topic, Jun six-month review), each after the first typed on mid-page with no
  header; Liberation Mono 10.5, running head and "- n -" ->
  [unexcused_absence] [missing_vote] [low_attendance, missing_conclusion, unexcused_absence] [—]
  [missing_assignments, unexcused_absence] / missing_month, no_thematic_in_quarter, repeated_absence
- s11-quangbinh-agency-postponed-flood-form-dots-no-vote-no-tasks -> Quảng Bình district agency, the October 2020
  meeting postponed by the floods and held 06/11/2020; printed form, "Số: ……", vote and "Phân công" fields left as
  dots, "(Ký, ghi rõ họ tên)"; serif 12.5 ragged -> missing_assignments, missing_vote, unfilled_template
- s12-hatinh-coastal-storm-scan-moderate -> image-only twin of s04 (one page), moderate, 200 dpi -> as s04
- s13-thanhhoa-retirees-joint-scan-photocopy -> image-only twin of s08, photocopy, 250 dpi -> as s08
- s14-phutho-commune-police-midyear-scan-low-no-conclusion -> Phú Thọ commune police cell, Jul 2023, six-month review
  (Project 06), 7/9 present, report then vote with no chair's summing-up; no born-digital twin, moderate, 250 dpi
  -> low_attendance, missing_conclusion

Labelling decisions on top of the READMEs:
- The admission candidate ("quần chúng X, …") invited to the meeting is a guest, "quần chúng" dropped like "ông/bà";
  she is not counted among the members present. "theo quy định, đảng viên dự bị không biểu quyết" names nobody and
  gives no abstention.
- A delegate election: the show of hands on the slate is one resolution; each row of the ballot table (one candidate,
  ballots and percent) is one resolution (for = that candidate's ballots, percent as written), elected or not;
  ballots issued / returned / valid are no counts.
- A discipline ballot "tán thành … khiển trách: 19 phiếu (90,48%); không tán thành: 02 phiếu" gives 19 / 2 / null /
  90.48. A grading ballot for one member gives `for` = ballots for the grade proposed; the grading table is no vote.
- A postponed month's meeting keeps the title's month (10) with the date it was held (2020-11-06).
- An online point and the "điểm cầu chính": the place is the main room; members on Zoom are present.
- A storm meeting's "Cuộc họp kết thúc lúc …, các đảng viên tỏa về các xóm" is an end time with no approval.
- In the book, a month "không sinh hoạt được" is still missing; the cell's request to the Đảng ủy xã about a member is
  no task; "Chi ủy sẽ phân công cụ thể sau" gives none.
- Conclusions name no body or member as doing a job (requests upward, "mỗi đảng viên", passive wording only), so
  every assignment comes from a "Phân công" list, a "Giao …" sentence or a task table.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import HD, C, G, H, L, P, S, meeting, minute, task, vote

DOCS: list[dict] = []


def TB(cols, rows, **kw):
    return ("table", cols, rows, kw)


# =================================================================================================
# s01 — Nghệ An, Nghi Lộc: school cell votes to propose admitting a teacher. Clean.
# =================================================================================================
DOCS.append({
    "name": "s01-nghean-school-admission-vote-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.3,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN NGHI LỘC", "ĐẢNG BỘ XÃ NGHI PHƯƠNG", "CHI BỘ TRƯỜNG THCS NGHI PHƯƠNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nghi Phương, ngày 14 tháng 11 năm 2023"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2023"),
            C("(Có nội dung xét, đề nghị kết nạp đảng viên)", bold=False, italic=True),
            G(8),
            P("Hôm nay, vào lúc 14 giờ 00 phút ngày 14 tháng 11 năm 2023, tại Phòng họp Hội đồng sư phạm, Trường "
              "THCS Nghi Phương, Chi bộ tiến hành sinh hoạt thường kỳ tháng 11 năm 2023."),
            H("I. THÀNH PHẦN"),
            P("- Chủ trì: đồng chí Trần Đình Khánh – Bí thư chi bộ, Hiệu trưởng nhà trường."),
            P("- Thư ký: đồng chí Võ Thị Hằng Nga – Chi ủy viên, Tổng phụ trách Đội."),
            P("- Đảng viên: tổng số 17 đồng chí (15 chính thức, 02 dự bị). Có mặt 16 đồng chí; vắng 01 đồng chí "
              "là đồng chí Lê Thị Hoài Thu, nghỉ thai sản."),
            P("- Đại biểu dự: đồng chí Phan Văn Quế, Đảng ủy viên, phụ trách khối trường học của Đảng ủy xã."),
            P("- Mời dự phần xét kết nạp: quần chúng Hồ Thị Ngọc Ánh, giáo viên Ngữ văn, Bí thư Chi đoàn giáo "
              "viên (người vào Đảng)."),
            H("II. NỘI DUNG SINH HOẠT"),
            P("1. Thông tin thời sự. Đồng chí Bí thư thông tin những nội dung chủ yếu của Hội nghị lần thứ tám Ban "
              "Chấp hành Trung ương Đảng khóa XIII; Kỳ họp thứ 6 Quốc hội khóa XV đang diễn ra, trong đó Quốc hội "
              "đã lấy phiếu tín nhiệm đối với 44 người giữ chức vụ do Quốc hội bầu hoặc phê chuẩn; Công văn của "
              "Phòng Giáo dục và Đào tạo huyện về tổ chức các hoạt động kỷ niệm 41 năm Ngày Nhà giáo Việt Nam "
              "20/11."),
            P("2. Kết quả tháng 10/2023. Nhà trường hoàn thành khảo sát chất lượng đầu năm ở cả bốn khối; tỷ lệ "
              "học sinh đi học chuyên cần đạt 99,2%; tổ chức thành công Hội nghị viên chức, người lao động năm "
              "học 2023 – 2024. Tồn tại: một số giáo viên cập nhật sổ điểm điện tử chậm; phong trào đọc sách của "
              "khối 6 chưa đều giữa các lớp."),
            P("3. Xét, đề nghị kết nạp quần chúng Hồ Thị Ngọc Ánh vào Đảng. Đồng chí Nguyễn Thị Lam, đảng viên "
              "chính thức được chi bộ phân công giúp đỡ và giới thiệu, báo cáo quá trình phấn đấu của quần chúng "
              "trong 18 tháng qua. Đồng chí Bí thư đọc Nghị quyết giới thiệu đoàn viên ưu tú vào Đảng của Ban "
              "Chấp hành Đoàn xã Nghi Phương. Đồng chí Võ Thị Hằng Nga báo cáo kết quả thẩm tra lý lịch và tổng "
              "hợp ý kiến nhận xét của Công đoàn nhà trường, của chi ủy và Ban công tác Mặt trận nơi cư trú. "
              "Quần chúng đã học lớp bồi dưỡng nhận thức về Đảng, có giấy chứng nhận của Trung tâm Chính trị huyện "
              "Nghi Lộc."),
            P("Ý kiến tham gia:", indent=0, bold=True),
            P("- Đồng chí Đậu Văn Tình (Phó Hiệu trưởng): quần chúng Ánh vững chuyên môn, hai năm liền là giáo "
              "viên dạy giỏi cấp huyện; đề nghị quần chúng giữ mối liên hệ thường xuyên với phụ huynh, không nhận "
              "xét học sinh trên nhóm Zalo của lớp."),
            P("- Đồng chí Hoàng Thị Bích Liên: Chi đoàn giáo viên do quần chúng Ánh phụ trách đã tổ chức tốt đợt "
              "tình nguyện hè 2023 ở xóm Phúc Thọ; nhất trí đề nghị kết nạp."),
            P("- Quần chúng Hồ Thị Ngọc Ánh phát biểu tiếp thu, hứa tiếp tục rèn luyện, sửa những điểm còn hạn "
              "chế."),
            P("Biểu quyết: số đảng viên chính thức có mặt 14/15 đồng chí (theo quy định, đảng viên dự bị không "
              "biểu quyết nội dung này). Kết quả: 14/14 đồng chí tán thành đề nghị kết nạp quần chúng Hồ Thị "
              "Ngọc Ánh vào Đảng, đạt 100%."),
            P("4. Phương hướng nhiệm vụ tháng 11/2023. Tổ chức chuỗi hoạt động chào mừng Ngày Nhà giáo Việt Nam; "
              "hội giảng cấp trường; ôn tập, kiểm tra giữa học kỳ I; hoàn thiện hồ sơ tự đánh giá kiểm định chất "
              "lượng giáo dục."),
            H("III. KẾT LUẬN CỦA CHỦ TRÌ"),
            P("Đồng chí Trần Đình Khánh kết luận: Chi bộ thống nhất đề nghị Đảng ủy xã xem xét, báo cáo Ban "
              "Thường vụ Huyện ủy quyết định kết nạp quần chúng Hồ Thị Ngọc Ánh. Trong tháng 11 tập trung cho hội "
              "giảng và các hoạt động tri ân thầy cô, bảo đảm thiết thực, tiết kiệm, không phô trương; các tổ "
              "chuyên môn rà soát ngay tình trạng sổ điểm điện tử."),
            P("Chi bộ biểu quyết thông qua kết luận và phương hướng tháng 11: 16/16 đồng chí có mặt nhất trí "
              "(100%)."),
            H("IV. PHÂN CÔNG THỰC HIỆN"),
            P("- Đồng chí Võ Thị Hằng Nga hoàn thiện hồ sơ đề nghị kết nạp, nộp Văn phòng Đảng ủy xã trước ngày "
              "20/11/2023."),
            P("- Đồng chí Đậu Văn Tình chỉ đạo hội giảng, tổng hợp kết quả xong trong tháng 11."),
            P("- Tổ chuyên môn Toán – Tin rà soát, cập nhật sổ điểm điện tử của các lớp, báo cáo chi ủy trước "
              "ngày 25/11/2023."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 20 phút cùng ngày. Biên bản được thư ký đọc lại, toàn thể đảng "
              "viên dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "Võ Thị Hằng Nga"], ["T/M CHI BỘ", "BÍ THƯ", "Trần Đình Khánh"]),
        ],
        "truth": minute(
            meeting("regular", "2023-11-14", "14:00", "16:20", "Phòng họp Hội đồng sư phạm, Trường THCS Nghi Phương",
                    "CHI BỘ TRƯỜNG THCS NGHI PHƯƠNG", "ĐẢNG BỘ XÃ NGHI PHƯƠNG"),
            "Trần Đình Khánh", "Bí thư chi bộ", "Võ Thị Hằng Nga",
            attendance(17, 16, 1, 1, 0, 0, [("Lê Thị Hoài Thu", "nghỉ thai sản", True)],
                       [("Phan Văn Quế", "Đảng ủy viên, phụ trách khối trường học của Đảng ủy xã"),
                        ("Hồ Thị Ngọc Ánh", "giáo viên Ngữ văn, Bí thư Chi đoàn giáo viên")]),
            True,
            [vote("Đề nghị kết nạp quần chúng Hồ Thị Ngọc Ánh (đảng viên chính thức)", 14, pct=100),
             vote("Kết luận và phương hướng tháng 11/2023", 16, pct=100)],
            [task("Võ Thị Hằng Nga", "hoàn thiện hồ sơ đề nghị kết nạp, nộp Văn phòng Đảng ủy xã", "20/11/2023"),
             task("Đậu Văn Tình", "chỉ đạo hội giảng, tổng hợp kết quả", "tháng 11"),
             task("Tổ chuyên môn Toán – Tin", "rà soát, cập nhật sổ điểm điện tử của các lớp, báo cáo chi ủy",
                  "25/11/2023")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# s02 — Hà Giang, Đồng Văn: Hmong village, year-end review and grading of members, Dec 2019.
# =================================================================================================
DOCS.append({
    "name": "s02-hagiang-hmong-village-yearend-grading-unexcused", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 20, "spacing": 1.35, "para_gap": 3,
              "left": 72, "right": 60, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ LŨNG CÚ", "CHI BỘ THÔN SÉO LỦNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lũng Cú, ngày 20 tháng 12 năm 2019"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("HỌP CHI BỘ THÁNG 12 NĂM 2019"),
            C("Kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2019", bold=False,
              italic=True),
            G(8),
            L("Thời gian: bắt đầu 8 giờ 00, ngày 20/12/2019."),
            L("Địa điểm: Nhà văn hóa thôn Séo Lủng."),
            L("Chủ trì: đ/c Thào Mí Sính, Bí thư chi bộ."),
            L("Thư ký: đ/c Sùng Thị Mỷ, đảng viên."),
            L("Dự và chỉ đạo: đ/c Hầu Mí Lầu, Phó Bí thư Thường trực Đảng ủy xã."),
            L("Đảng viên của chi bộ: 22 đ/c (chính thức 20, dự bị 02). Được miễn sinh hoạt và miễn kiểm điểm: 02 "
              "đ/c (đ/c Sùng Mí Páo, đ/c Lý Chứ Sì, tuổi cao, sức yếu). Phải dự: 20 đ/c. Có mặt: 18 đ/c, đạt 90%. "
              "Vắng 02 đ/c: Giàng Seo Lử đi làm thuê tại Bắc Ninh, có báo chi ủy; Vàng Mí Chứ vắng không lý do."),
            L("Đ/c Nguyễn Văn Đoàn, giáo viên điểm trường, được chi bộ cử dịch sang tiếng Mông cho các đảng viên "
              "lớn tuổi."),
            H("I. QUÁN TRIỆT VĂN BẢN"),
            P("Đ/c Hầu Mí Lầu quán triệt Quy định 132-QĐ/TW của Bộ Chính trị về kiểm điểm và đánh giá, xếp loại "
              "chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị; thông báo Kế hoạch của Đảng "
              "ủy xã tổ chức đại hội chi bộ nhiệm kỳ 2020 – 2022 theo Chỉ thị 35-CT/TW của Bộ Chính trị."),
            H("II. KIỂM ĐIỂM TẬP THỂ CHI BỘ VÀ ĐẢNG VIÊN"),
            P("Đ/c Bí thư đọc báo cáo kiểm điểm của chi bộ năm 2019. Kết quả: thôn có 09 hộ thoát nghèo, còn 41 "
              "hộ nghèo; trồng 14 ha ngô, 6 ha đậu tương, 3,5 ha kiều mạch phục vụ du lịch mùa hoa; 100% trẻ 6 "
              "tuổi vào lớp 1; làm xong 1,2 km đường bê tông theo phương châm nhà nước và nhân dân cùng làm. Hạn "
              "chế: còn 02 trường hợp tảo hôn; đoàn kiểm tra của xã phát hiện, nhổ bỏ 150 m² cây thuốc phiện "
              "trồng xen trong nương ngô; một số đảng viên chưa gương mẫu đóng góp ngày công làm đường."),
            P("Từng đảng viên đọc bản tự kiểm điểm, chi bộ góp ý. Các ý kiến đáng chú ý:"),
            P("- Đ/c Lý Mí Dế góp ý đ/c Mua Mí Sử: còn để con gái 16 tuổi về nhà chồng, là đảng viên phải gương "
              "mẫu chấp hành Luật Hôn nhân và gia đình."),
            P("- Đ/c Ly Thị Dở đề nghị chi ủy làm rõ việc đ/c Vàng Mí Chứ nhiều lần bỏ sinh hoạt, không nộp đảng "
              "phí từ tháng 8."),
            P("- Đ/c Nguyễn Văn Đoàn: điểm trường Séo Lủng vẫn còn 05 em bỏ học theo bố mẹ lên nương, đề nghị "
              "đảng viên trong thôn đến từng nhà vận động."),
            P("- Đ/c Mua Mí Sử nhận khuyết điểm, xin chi bộ cho sửa chữa."),
            H("III. KẾT QUẢ BỎ PHIẾU KÍN ĐÁNH GIÁ, XẾP LOẠI"),
            P("Ban kiểm phiếu gồm 03 đ/c, đ/c Lý Mí Dế làm trưởng ban. Đảng viên chính thức có mặt tham gia bỏ "
              "phiếu: 16 đ/c (đảng viên dự bị không bỏ phiếu)."),
            P("1. Tập thể chi bộ: 16/16 phiếu đề nghị xếp loại Hoàn thành tốt nhiệm vụ, đạt 100%."),
            P("2. Đề nghị xếp loại Hoàn thành xuất sắc nhiệm vụ đối với đ/c Thào Mí Sính: 15/16 phiếu, đạt "
              "93,75%; 01 phiếu xếp Hoàn thành tốt nhiệm vụ."),
            P("3. Xếp loại đảng viên (20 đ/c phải kiểm điểm):"),
            TB([(0.08, "TT", "c"), (0.40, "Mức xếp loại", "l"), (0.14, "Số đ/c", "c"), (0.38, "Ghi chú", "l")],
               [["1", "Hoàn thành xuất sắc nhiệm vụ", "02", "đ/c Thào Mí Sính, đ/c Ly Thị Dở"],
                ["2", "Hoàn thành tốt nhiệm vụ", "13", ""],
                ["3", "Hoàn thành nhiệm vụ", "04", "có đ/c Mua Mí Sử"],
                ["4", "Không hoàn thành nhiệm vụ", "01", "đ/c Vàng Mí Chứ"]], head_center=True),
            H("IV. PHƯƠNG HƯỚNG NĂM 2020"),
            P("Giảm ít nhất 07 hộ nghèo; không để xảy ra tảo hôn và trồng cây thuốc phiện; vận động 100% học sinh "
              "trở lại lớp sau Tết; chuẩn bị tốt đại hội chi bộ nhiệm kỳ 2020 – 2022."),
            H("V. KẾT LUẬN"),
            P("Đ/c Thào Mí Sính kết luận: chi bộ nghiêm túc nhận những khuyết điểm đã chỉ ra; năm 2020 mỗi đảng "
              "viên phải nhận giúp đỡ ít nhất 01 hộ nghèo; chi bộ đề nghị Đảng ủy xã xem xét trường hợp đ/c Vàng "
              "Mí Chứ theo quy định; không để đảng viên nào có con tảo hôn."),
            P("Biểu quyết thông qua phương hướng nhiệm vụ năm 2020: 18/18 đ/c giơ tay tán thành."),
            H("VI. PHÂN CÔNG"),
            P("- Đ/c Thào Mí Sính cùng đ/c Hầu Mí Lầu gặp, giúp đỡ đ/c Vàng Mí Chứ, báo cáo Đảng ủy xã trước ngày "
              "31/12/2019."),
            P("- Đ/c Lý Mí Dế phụ trách vận động chống tảo hôn ở xóm trên, thường xuyên."),
            P("- Đ/c Nguyễn Văn Đoàn cùng Chi đoàn thanh niên vận động học sinh bỏ học trở lại lớp trước ngày "
              "06/01/2020."),
            P("- Đ/c Sùng Thị Mỷ hoàn thiện hồ sơ kiểm điểm, nộp Văn phòng Đảng ủy xã trong tháng 12/2019."),
            P("Cuộc họp kết thúc lúc 11 giờ 30 phút. Biên bản đọc lại cho chi bộ nghe, các đ/c dự họp nhất trí, "
              "không ai có ý kiến khác."),
            S(["THƯ KÝ", "Sùng Thị Mỷ"], ["BÍ THƯ CHI BỘ", "Thào Mí Sính"]),
        ],
        "truth": minute(
            meeting("regular", "2019-12-20", "08:00", "11:30", "Nhà văn hóa thôn Séo Lủng", "CHI BỘ THÔN SÉO LỦNG",
                    "ĐẢNG BỘ XÃ LŨNG CÚ"),
            "Thào Mí Sính", "Bí thư chi bộ", "Sùng Thị Mỷ",
            attendance(22, 18, 2, 1, 1, 2,
                       [("Giàng Seo Lử", "đi làm thuê tại Bắc Ninh, có báo chi ủy", True),
                        ("Vàng Mí Chứ", "không lý do", False)],
                       [("Hầu Mí Lầu", "Phó Bí thư Thường trực Đảng ủy xã")]),
            True,
            [vote("Xếp loại tập thể chi bộ Hoàn thành tốt nhiệm vụ (phiếu kín)", 16, pct=100),
             vote("Xếp loại Hoàn thành xuất sắc nhiệm vụ đối với đ/c Thào Mí Sính (phiếu kín)", 15, pct=93.75),
             vote("Phương hướng nhiệm vụ năm 2020", 18)],
            [task("Thào Mí Sính", "cùng đ/c Hầu Mí Lầu gặp, giúp đỡ đ/c Vàng Mí Chứ, báo cáo Đảng ủy xã",
                  "31/12/2019"),
             task("Lý Mí Dế", "phụ trách vận động chống tảo hôn ở xóm trên", "thường xuyên"),
             task("Nguyễn Văn Đoàn", "cùng Chi đoàn thanh niên vận động học sinh bỏ học trở lại lớp", "06/01/2020"),
             task("Sùng Thị Mỷ", "hoàn thiện hồ sơ kiểm điểm, nộp Văn phòng Đảng ủy xã", "tháng 12/2019")],
            ["unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# s03 — Quảng Ninh, Uông Bí: coal mine section, regular meeting + discipline of a team leader. Clean.
# =================================================================================================
DOCS.append({
    "name": "s03-quangninh-coalmine-discipline-ballot-clean", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 24, "spacing": 1.25, "head": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THAN QUẢNG NINH", "ĐẢNG BỘ CÔNG TY THAN VÀNG DANH", "CHI BỘ PHÂN XƯỞNG KHAI THÁC 5", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Uông Bí, ngày 06 tháng 6 năm 2014"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THÁNG 6 NĂM 2014"),
            C("(Có nội dung xem xét, thi hành kỷ luật đảng viên)", bold=False, italic=True),
            G(6),
            L("Thời gian: từ 13 giờ 30 phút đến 15 giờ 45 phút ngày 06/6/2014."),
            L("Địa điểm: Hội trường phân xưởng Khai thác 5, mặt bằng +125 Vàng Danh."),
            L("Chủ trì: đồng chí Phạm Quang Hưng – Bí thư chi bộ, Quản đốc phân xưởng."),
            L("Thư ký: đồng chí Vũ Thị Minh Phương – Nhân viên kinh tế phân xưởng."),
            L("Dự họp: đồng chí Nguyễn Văn Sỹ – Ủy viên Ủy ban Kiểm tra Đảng ủy Công ty."),
            L("Chi bộ có 24 đảng viên (22 chính thức, 02 dự bị); có mặt 23 đồng chí (21 chính thức, 02 dự bị); "
              "vắng 01 đồng chí: đồng chí Trần Văn Luyện – nghỉ phép năm. Đồng chí Đặng Văn Thịnh, đảng viên được "
              "xem xét kỷ luật, có mặt."),
            H("PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ"),
            P("1. Thông tin. Đồng chí Bí thư thông tin tình hình Biển Đông từ khi Trung Quốc hạ đặt trái phép giàn "
              "khoan Hải Dương – 981 trong vùng đặc quyền kinh tế của Việt Nam (ngày 02/5/2014); quán triệt công "
              "nhân không tụ tập, không để kẻ xấu kích động gây rối như các vụ việc tại Bình Dương, Hà Tĩnh giữa "
              "tháng 5; phổ biến Chỉ thị của Tổng giám đốc Tập đoàn về phòng chống mưa bão, bục nước trong lò năm "
              "2014."),
            P("2. Kết quả tháng 5/2014. Phân xưởng khai thác 41.200 tấn than nguyên khai, đạt 103% kế hoạch; đào "
              "312 mét lò chuẩn bị; thu nhập bình quân 11,2 triệu đồng/người/tháng. Ngày 19/5/2014 tại lò chợ "
              "số 3 xảy ra sự cố tụt nóc làm 01 công nhân bị thương nhẹ, dừng sản xuất 6 giờ."),
            P("3. Nhiệm vụ tháng 6/2014. Khai thác 40.000 tấn; hoàn thành chống giữ bằng giá khung thủy lực đoạn "
              "lò chợ số 3; tổ chức Tháng công nhân, lấy ý kiến công nhân về điều kiện làm việc trong lò."),
            H("PHẦN THỨ HAI: XEM XÉT, THI HÀNH KỶ LUẬT ĐẢNG VIÊN"),
            P("Đồng chí Vũ Thị Minh Phương đọc báo cáo kiểm tra của chi ủy: ngày 19/5/2014 đồng chí Đặng Văn Thịnh, "
              "Tổ trưởng tổ khai thác số 3, đã bố trí công nhân vào khấu than khi chưa củng cố xong vì chống đoạn "
              "lò bị bùng nền, không báo cáo trực ca; vi phạm Quy trình kỹ thuật an toàn của Công ty và Quy định "
              "47-QĐ/TW về những điều đảng viên không được làm. Căn cứ Quy định 181-QĐ/TW, chi ủy đề nghị thi hành "
              "kỷ luật bằng hình thức khiển trách."),
            P("Đồng chí Đặng Văn Thịnh đọc bản tự kiểm điểm, nhận khuyết điểm, tự nhận hình thức khiển trách."),
            P("Ý kiến thảo luận:", indent=0, bold=True),
            P("- Đồng chí Nguyễn Hữu Toàn (Phó Quản đốc): vi phạm là nghiêm trọng vì có người bị thương, nhưng đồng "
              "chí Thịnh đã kịp thời tổ chức cứu người và tự giác báo cáo sau ca; nhất trí hình thức khiển trách."),
            P("- Đồng chí Lê Đình Khoa: đề nghị cảnh cáo để răn đe, vì trong năm 2013 tổ số 3 đã hai lần bị nhắc "
              "nhở về an toàn."),
            P("- Đồng chí Nguyễn Văn Sỹ: đề nghị chi bộ làm đúng quy trình, bỏ phiếu kín; sau kỷ luật cần giúp đồng "
              "chí Thịnh tiếp tục làm tốt vai trò tổ trưởng."),
            P("Chi bộ bỏ phiếu kín. Số đảng viên chính thức có mặt: 21 đồng chí; số phiếu phát ra 21, thu về 21, "
              "hợp lệ 21. Kết quả: tán thành thi hành kỷ luật đồng chí Đặng Văn Thịnh bằng hình thức khiển trách: "
              "19 phiếu (90,48%); không tán thành: 02 phiếu."),
            H("KẾT LUẬN"),
            P("Đồng chí Phạm Quang Hưng kết luận: chi bộ ra quyết định thi hành kỷ luật khiển trách đối với đồng "
              "chí Đặng Văn Thịnh, báo cáo Đảng ủy Công ty; toàn chi bộ rút kinh nghiệm, không đặt sản lượng lên "
              "trên an toàn; tháng 6 tập trung củng cố lò chợ số 3 và chuẩn bị phương án phòng chống mưa bão."),
            P("Chi bộ biểu quyết thông qua nghị quyết tháng 6/2014: 23/23 đồng chí tán thành (100%)."),
            H("PHÂN CÔNG"),
            P("- Đồng chí Vũ Thị Minh Phương hoàn chỉnh hồ sơ kỷ luật, gửi Ủy ban Kiểm tra Đảng ủy Công ty trước "
              "ngày 12/6/2014."),
            P("- Đồng chí Nguyễn Hữu Toàn tổ chức kiểm tra toàn bộ vì chống các lò chợ, xong trước ngày 20/6/2014."),
            P("- Đồng chí Đặng Văn Thịnh viết bản cam kết sửa chữa khuyết điểm, báo cáo chi bộ tại kỳ họp tháng "
              "7/2014."),
            P("Hội nghị kết thúc lúc 15 giờ 45 phút. Biên bản đã được thông qua trước chi bộ, 23/23 đồng chí nhất "
              "trí."),
            S(["THƯ KÝ", "Vũ Thị Minh Phương"], ["CHỦ TRÌ", "Phạm Quang Hưng"]),
        ],
        "truth": minute(
            meeting("regular", "2014-06-06", "13:30", "15:45",
                    "Hội trường phân xưởng Khai thác 5, mặt bằng +125 Vàng Danh", "CHI BỘ PHÂN XƯỞNG KHAI THÁC 5",
                    "ĐẢNG BỘ CÔNG TY THAN VÀNG DANH"),
            "Phạm Quang Hưng", "Bí thư chi bộ", "Vũ Thị Minh Phương",
            attendance(24, 23, 1, 1, 0, 0, [("Trần Văn Luyện", "nghỉ phép năm", True)],
                       [("Nguyễn Văn Sỹ", "Ủy viên Ủy ban Kiểm tra Đảng ủy Công ty")]),
            True,
            [vote("Kỷ luật khiển trách đồng chí Đặng Văn Thịnh (phiếu kín)", 19, 2, pct=90.48),
             vote("Nghị quyết tháng 6/2014", 23, pct=100)],
            [task("Vũ Thị Minh Phương", "hoàn chỉnh hồ sơ kỷ luật, gửi Ủy ban Kiểm tra Đảng ủy Công ty", "12/6/2014"),
             task("Nguyễn Hữu Toàn", "tổ chức kiểm tra toàn bộ vì chống các lò chợ", "20/6/2014"),
             task("Đặng Văn Thịnh", "viết bản cam kết sửa chữa khuyết điểm, báo cáo chi bộ", "kỳ họp tháng 7/2014")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# s04 — Hà Tĩnh, Kỳ Anh: fishing village, extraordinary meeting before storm No. 10 (Doksuri), 14/9/2017.
# (its moderate 200 dpi scan is s12)
# =================================================================================================
DOCS.append({
    "name": "s04-hatinh-coastal-storm-extraordinary-short-unapproved", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.22, "para_gap": 3,
              "left": 70, "right": 60, "top": 48, "bottom": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THỊ XÃ KỲ ANH", "ĐẢNG BỘ XÃ KỲ LỢI", "CHI BỘ THÔN HẢI PHONG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Kỳ Lợi, ngày 14 tháng 9 năm 2017"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG", size=13),
            C("V/v triển khai phòng, chống cơn bão số 10", bold=False, italic=True),
            G(6),
            L("Thực hiện Công điện khẩn của Ban Thường vụ Đảng ủy xã về ứng phó với cơn bão số 10 (bão Doksuri), "
              "hồi 19 giờ 00 phút ngày 14/9/2017, tại Nhà văn hóa thôn Hải Phong, Chi bộ họp phiên bất thường."),
            L("Chủ trì: đ/c Hồ Văn Tuấn – Bí thư chi bộ, Trưởng thôn. Ghi biên bản: đ/c Nguyễn Thị Thanh Nhàn – "
              "Chi ủy viên."),
            L("Đảng viên: 26 đ/c; dự họp: 24 đ/c; vắng 02 đ/c có lý do: đ/c Lê Văn Tứ (đang neo tàu tránh bão tại "
              "cảng Cửa Sót), đ/c Trần Thị Liễu (nằm viện)."),
            L("Mời dự: ông Nguyễn Xuân Hải, Công an viên phụ trách thôn; ông Trần Văn Mùi, Thôn đội trưởng."),
            H("1. Tình hình"),
            L("Đ/c Bí thư thông báo: theo tin của Trung tâm Dự báo khí tượng thủy văn Trung ương, chiều nay tâm bão "
              "số 10 cách bờ biển Hà Tĩnh – Quảng Bình khoảng 330 km, sức gió mạnh nhất cấp 12, giật cấp 15, dự "
              "kiến đổ bộ vào trưa ngày 15/9. Tỉnh đã có lệnh cấm biển từ 12 giờ hôm nay. Thôn có 47 tàu thuyền, "
              "đã vào nơi neo đậu 45 chiếc, còn 02 chiếc đang trên đường vào Cửa Sót. Có 38 hộ ở sát mép biển và "
              "11 hộ nhà cấp 4 xuống cấp phải sơ tán."),
            H("2. Ý kiến"),
            L("- Đ/c Phạm Văn Long: đề nghị đưa người già, trẻ em lên Trường Tiểu học Kỳ Lợi ngay trong đêm, không "
              "chờ đến sáng."),
            L("- Đ/c Nguyễn Thị Thanh Nhàn (Chi hội trưởng Phụ nữ): chi hội đã chuẩn bị 200 suất mì tôm, nước "
              "uống; đề nghị thôn bố trí xe chở đồ lên điểm sơ tán."),
            L("- Ông Trần Văn Mùi: dân quân thôn 15 người trực 24/24 giờ, có 02 xe công nông và 01 xuồng máy."),
            L("- Đ/c Võ Đình Thắng: mái nhà văn hóa thôn bị dột từ trận mưa tháng 8, cần chằng chống trước khi "
              "dùng làm nơi tránh trú."),
            H("3. Kết luận"),
            L("Đồng chí chủ trì kết luận: toàn chi bộ vào cuộc theo phương châm bốn tại chỗ; hoàn thành sơ tán 49 "
              "hộ trước 10 giờ ngày 15/9/2017; kiên quyết không để người ở lại trên tàu thuyền, chòi canh đầm "
              "tôm; đảng viên nào phụ trách xóm nào thì ở lại xóm đó trong suốt thời gian bão."),
            L("Chi bộ nhất trí 100% với phương án của chi ủy."),
            H("4. Phân công"),
            L("- Đ/c Phạm Văn Long cùng dân quân thôn chỉ huy sơ tán các hộ ven biển, xong trước 10 giờ ngày "
              "15/9/2017."),
            L("- Đ/c Nguyễn Thị Thanh Nhàn lo hậu cần cho các hộ sơ tán tại Trường Tiểu học Kỳ Lợi."),
            L("- Đ/c Hồ Văn Tuấn giữ liên lạc với 02 tàu chưa vào bờ, báo cáo Ban Chỉ huy phòng chống thiên tai xã "
              "hằng giờ."),
            L("- Đ/c Võ Đình Thắng chằng chống nhà văn hóa thôn và trạm bơm Hải Phong trước 22 giờ đêm nay."),
            L("Cuộc họp kết thúc lúc 20 giờ 05 phút, các đảng viên tỏa về các xóm làm nhiệm vụ."),
            S(["NGƯỜI GHI BIÊN BẢN", "Nguyễn Thị Thanh Nhàn"], ["CHỦ TRÌ", "Hồ Văn Tuấn"]),
        ],
        "truth": minute(
            meeting("regular", "2017-09-14", "19:00", "20:05", "Nhà văn hóa thôn Hải Phong", "CHI BỘ THÔN HẢI PHONG",
                    "ĐẢNG BỘ XÃ KỲ LỢI"),
            "Hồ Văn Tuấn", "Bí thư chi bộ", "Nguyễn Thị Thanh Nhàn",
            attendance(26, 24, 2, 2, 0, 0,
                       [("Lê Văn Tứ", "đang neo tàu tránh bão tại cảng Cửa Sót", True),
                        ("Trần Thị Liễu", "nằm viện", True)],
                       [("Nguyễn Xuân Hải", "Công an viên phụ trách thôn"), ("Trần Văn Mùi", "Thôn đội trưởng")]),
            True,
            [vote("Phương án phòng, chống bão số 10 của chi ủy", pct=100)],
            [task("Phạm Văn Long", "cùng dân quân thôn chỉ huy sơ tán các hộ ven biển", "10 giờ ngày 15/9/2017"),
             task("Nguyễn Thị Thanh Nhàn", "lo hậu cần cho các hộ sơ tán tại Trường Tiểu học Kỳ Lợi", None),
             task("Hồ Văn Tuấn", "giữ liên lạc với 02 tàu chưa vào bờ, báo cáo Ban Chỉ huy phòng chống thiên tai xã",
                  "hằng giờ"),
             task("Võ Đình Thắng", "chằng chống nhà văn hóa thôn và trạm bơm Hải Phong", "22 giờ đêm nay")],
            ["not_approved", "short_meeting"]),
    }],
    "flags": [],
    "scans": [{"name": "s12-hatinh-coastal-storm-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 1712, "dpi": 200}],
})


# =================================================================================================
# s05 — Hà Nội, Long Biên: hospital ICU cell, in-person + Zoom under Directive 16, Aug 2021. Low attendance.
# =================================================================================================
DOCS.append({
    "name": "s05-hanoi-hospital-covid-hybrid-low-attendance", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": True, "indent": 22, "spacing": 1.35, "left": 68,
              "right": 56, "head": "Chi bộ Khoa Hồi sức tích cực – Biên bản sinh hoạt tháng 8/2021",
              "head_align": "right", "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ SỞ Y TẾ HÀ NỘI", "ĐẢNG BỘ BỆNH VIỆN", "ĐA KHOA ĐỨC GIANG", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 17 tháng 8 năm 2021"], bold_left=(3,), size=9.5),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2021", size=12.5),
            C("(Hình thức trực tiếp kết hợp trực tuyến)", bold=False, italic=True),
            G(8),
            L("1. Thời gian: từ 14 giờ 00 phút đến 15 giờ 50 phút, ngày 17/8/2021."),
            L("2. Hình thức, địa điểm: họp trực tiếp tại Phòng giao ban Khoa Hồi sức tích cực (điểm cầu chính), "
              "kết nối trực tuyến qua phần mềm Zoom với các đảng viên đang làm nhiệm vụ tại Khu điều trị người "
              "bệnh COVID-19 tầng 5 nhà D và đảng viên đang cách ly tại nhà."),
            L("3. Chủ trì: đồng chí BSCKII. Đào Minh Tuấn, Bí thư chi bộ, Trưởng khoa."),
            L("4. Thư ký: đồng chí ĐD. Nguyễn Thu Hà, Chi ủy viên."),
            L("5. Đảng viên: tổng số 19 đồng chí. Dự họp 15 đồng chí (tại điểm cầu chính 08, trực tuyến 07), đạt "
              "78,9%. Vắng 04 đồng chí, đều có lý do:"),
            TB([(0.08, "TT", "c"), (0.34, "Họ và tên", "l"), (0.58, "Lý do vắng", "l")],
               [["1", "Lê Quang Vinh", "Tăng cường chống dịch tại TP. Hồ Chí Minh"],
                ["2", "Trịnh Thị Hồng Nhung", "Tăng cường chống dịch tại TP. Hồ Chí Minh"],
                ["3", "Phùng Văn Cường", "Đang xử trí cấp cứu, không kết nối được"],
                ["4", "Đỗ Thị Lan Anh", "Cách ly tập trung (F1)"]], size=10),
            L("6. Nội dung:"),
            H("6.1. Thông tin tình hình dịch bệnh"),
            P("Thành phố thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg từ 6 giờ ngày 24/7/2021, nay đã gia hạn "
              "đến 6 giờ ngày 23/8/2021. Bệnh viện được Sở Y tế giao thu dung, điều trị người bệnh COVID-19 mức "
              "độ nặng và nguy kịch của khu vực phía Bắc thành phố; Đảng ủy bệnh viện yêu cầu mỗi chi bộ duy trì "
              "sinh hoạt, nhưng không tập trung đông người, ưu tiên hình thức trực tuyến."),
            H("6.2. Kết quả tháng 7 và nửa đầu tháng 8/2021"),
            P("Khoa tiếp nhận 46 người bệnh COVID-19 nặng, thở máy xâm nhập 11 ca, lọc máu liên tục 04 ca, can "
              "thiệp ECMO 02 ca; 31 người bệnh chuyển tầng điều trị thấp hơn, 05 ca tử vong đều có bệnh nền nặng. "
              "Không có nhân viên y tế nhiễm bệnh trong khu điều trị. Hạn chế: điều dưỡng thiếu so với định mức, "
              "việc ghi hồ sơ bệnh án điện tử trong khu cách ly còn chậm."),
            H("6.3. Thảo luận"),
            P("- Đồng chí Phạm Thị Huyền (Điều dưỡng trưởng khoa): khoa thiếu 06 điều dưỡng, nhiều người phải mặc "
              "đồ bảo hộ liên tục 12 giờ; đề nghị bệnh viện điều động bổ sung từ khoa Phục hồi chức năng, chia "
              "ca 8 giờ để bảo đảm sức khỏe."),
            P("- Đồng chí Hoàng Anh Tú (trực tuyến): điều dưỡng mới tăng cường chưa thành thạo thở ô-xy dòng cao "
              "qua mũi (HFNC), cần tập huấn ngay tại giường bệnh."),
            P("- Đồng chí Ngô Quý Lâm (trực tuyến): đề nghị chi bộ quan tâm gia đình hai đồng chí đi tăng cường "
              "tại TP. Hồ Chí Minh, có con nhỏ đang học trực tuyến."),
            H("6.4. Kết luận"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất kiến nghị Ban Giám đốc bổ sung điều dưỡng và chuyển sang "
              "chế độ trực 3 ca; duy trì nghiêm quy trình mặc, cởi phương tiện phòng hộ; quan tâm, thăm hỏi gia "
              "đình các đồng chí đi tăng cường; đảng viên phải đi đầu nhận ca khó, không để người bệnh nặng "
              "thiếu người theo dõi."),
            P("Biểu quyết: 15/15 đồng chí dự họp (kể cả trực tuyến) tán thành."),
            H("6.5. Phân công"),
            P("- Đồng chí Phạm Thị Huyền xây dựng lịch trực 3 ca, trình Ban Giám đốc trước ngày 19/8/2021."),
            P("- Đồng chí Hoàng Anh Tú tập huấn kỹ thuật HFNC cho điều dưỡng tăng cường, xong trong tuần."),
            P("- Đồng chí Nguyễn Thu Hà cập nhật danh sách đảng viên tham gia chống dịch, báo cáo Đảng ủy bệnh viện "
              "hằng tuần."),
            P("Buổi sinh hoạt kết thúc lúc 15 giờ 50 phút. Biên bản được đọc lại qua hệ thống trực tuyến, các đồng "
              "chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "Nguyễn Thu Hà"], ["BÍ THƯ CHI BỘ", "Đào Minh Tuấn"]),
        ],
        "truth": minute(
            meeting("regular", "2021-08-17", "14:00", "15:50", "Phòng giao ban Khoa Hồi sức tích cực",
                    "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA ĐỨC GIANG"),
            "Đào Minh Tuấn", "Bí thư chi bộ", "Nguyễn Thu Hà",
            attendance(19, 15, 4, 4, 0, 0,
                       [("Lê Quang Vinh", "Tăng cường chống dịch tại TP. Hồ Chí Minh", True),
                        ("Trịnh Thị Hồng Nhung", "Tăng cường chống dịch tại TP. Hồ Chí Minh", True),
                        ("Phùng Văn Cường", "Đang xử trí cấp cứu, không kết nối được", True),
                        ("Đỗ Thị Lan Anh", "Cách ly tập trung (F1)", True)]),
            True,
            [vote("Kết luận của chi bộ tháng 8/2021", 15)],
            [task("Phạm Thị Huyền", "xây dựng lịch trực 3 ca, trình Ban Giám đốc", "19/8/2021"),
             task("Hoàng Anh Tú", "tập huấn kỹ thuật HFNC cho điều dưỡng tăng cường", "trong tuần"),
             task("Nguyễn Thu Hà", "cập nhật danh sách đảng viên tham gia chống dịch, báo cáo Đảng ủy bệnh viện",
                  "hằng tuần")],
            ["low_attendance"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# s06 — Thái Nguyên, Sông Công: metal works foundry, regular meeting + electing delegates, May 2020. No tasks.
# =================================================================================================
DOCS.append({
    "name": "s06-thainguyen-factory-congress-delegates-ballot-no-tasks", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 0, "spacing": 1.3, "para_gap": 3,
              "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CỔ PHẦN", "KIM KHÍ SÔNG CÔNG", "CHI BỘ PHÂN XƯỞNG ĐÚC", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sông Công, ngày 08 tháng 5 năm 2020"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THÁNG 5 NĂM 2020"),
            C("và bầu đại biểu dự Đại hội Đảng bộ Công ty lần thứ V, nhiệm kỳ 2020 – 2025", bold=False, italic=True),
            G(6),
            L("Hồi 15 giờ 00 phút ngày 08/5/2020, tại Phòng họp tầng 2 nhà điều hành phân xưởng Đúc, Chi bộ họp "
              "thường kỳ tháng 5 và tiến hành bầu đại biểu."),
            L("Chủ trì: đồng chí Dương Văn Hiếu – Bí thư chi bộ, Quản đốc."),
            L("Thư ký: đồng chí Ngô Thị Thu Hường – Chi ủy viên."),
            L("Đại biểu cấp trên: đồng chí Lương Thị Bích, Ủy viên Ban Thường vụ Đảng ủy Công ty, Chủ tịch Công "
              "đoàn Công ty."),
            L("Tổng số đảng viên: 30 (chính thức 28, dự bị 02). Có mặt: 29. Vắng: 01 – đồng chí Đinh Văn Khải (đi "
              "công tác tại Hải Phòng, có báo cáo)."),
            H("A. SINH HOẠT THƯỜNG KỲ"),
            L("1. Thông tin: Công ty trở lại sản xuất bình thường sau đợt giãn cách xã hội theo Chỉ thị "
              "16/CT-TTg; đơn hàng phôi gang xuất sang Nhật Bản quý II giảm khoảng 30%; Đảng ủy Công ty đã tổ "
              "chức xong đại hội các chi bộ trực thuộc, chuẩn bị Đại hội Đảng bộ Công ty vào tháng 6."),
            L("2. Kết quả tháng 4/2020: sản lượng phôi đúc 1.120 tấn, bằng 86% kế hoạch do thiếu đơn hàng; không "
              "có tai nạn lao động; 100% công nhân đo thân nhiệt, đeo khẩu trang khi vào ca; bố trí cho 22 công "
              "nhân nghỉ luân phiên, vẫn bảo đảm lương tối thiểu vùng."),
            L("3. Phương hướng tháng 5/2020: bám sát đơn hàng nội địa, hạ tỷ lệ sản phẩm hỏng xuống dưới 2,5%; "
              "tiếp tục các biện pháp phòng, chống dịch COVID-19 tại nơi làm việc."),
            L("Thảo luận:"),
            L("- Đồng chí Hà Văn Quyết (Tổ trưởng lò trung tần): lò số 2 thường xuyên quá tải, đề nghị Công ty "
              "sớm thay cuộn cảm ứng trước mùa nắng nóng."),
            L("- Đồng chí Trần Thị Thơm: nhiều công nhân nữ nghỉ luân phiên gặp khó khăn, đề nghị Công đoàn xem "
              "xét hỗ trợ các gia đình có con nhỏ."),
            L("Kết luận: đồng chí Dương Văn Hiếu tổng hợp và kết luận: chi bộ thống nhất kiến nghị Công ty thay "
              "cuộn cảm ứng lò số 2 trong quý II; ưu tiên bố trí việc làm cho công nhân có hoàn cảnh khó khăn; "
              "phân xưởng giữ vững an toàn lao động, không để xảy ra lây nhiễm dịch bệnh."),
            L("Chi bộ biểu quyết thông qua kết luận: 29/29 đồng chí tán thành."),
            L("Đề nghị các đồng chí đảng viên, nhất là các đồng chí tổ trưởng sản xuất, gương mẫu thực hiện và "
              "vận động công nhân thực hiện tốt nghị quyết của chi bộ."),
            H("B. BẦU ĐẠI BIỂU DỰ ĐẠI HỘI ĐẢNG BỘ CÔNG TY"),
            L("Đồng chí Lương Thị Bích công bố Nghị quyết của Ban Chấp hành Đảng bộ Công ty phân bổ cho Chi bộ 03 "
              "đại biểu chính thức. Chi bộ thống nhất danh sách bầu cử gồm 04 đồng chí; biểu quyết giơ tay thông "
              "qua danh sách: 27/27 đảng viên chính thức có mặt tán thành."),
            L("Bầu Ban kiểm phiếu gồm 03 đồng chí: Hà Văn Quyết (Trưởng ban), Trần Thị Thơm, Lục Văn Páo. Số phiếu "
              "phát ra 27, số phiếu thu về 27, số phiếu hợp lệ 27. Kết quả kiểm phiếu:"),
            TB([(0.08, "TT", "c"), (0.42, "Họ và tên", "l"), (0.22, "Số phiếu bầu", "c"), (0.28, "Tỷ lệ so với "
                "phiếu hợp lệ", "c")],
               [["1", "Dương Văn Hiếu", "26", "96,30%"],
                ["2", "Hà Văn Quyết", "24", "88,89%"],
                ["3", "Ngô Thị Thu Hường", "21", "77,78%"],
                ["4", "Lục Văn Páo", "10", "37,04%"]], head_center=True),
            L("Các đồng chí Dương Văn Hiếu, Hà Văn Quyết, Ngô Thị Thu Hường trúng cử đại biểu chính thức dự Đại "
              "hội Đảng bộ Công ty lần thứ V."),
            L("Hội nghị kết thúc lúc 17 giờ 10 phút cùng ngày. Biên bản được thông qua toàn văn, 29/29 đồng chí "
              "nhất trí."),
            S(["THƯ KÝ", "Ngô Thị Thu Hường"], ["T/M CHI BỘ", "BÍ THƯ", "Dương Văn Hiếu"]),
        ],
        "truth": minute(
            meeting("regular", "2020-05-08", "15:00", "17:10", "Phòng họp tầng 2 nhà điều hành phân xưởng Đúc",
                    "CHI BỘ PHÂN XƯỞNG ĐÚC", "ĐẢNG BỘ CÔNG TY CỔ PHẦN KIM KHÍ SÔNG CÔNG"),
            "Dương Văn Hiếu", "Bí thư chi bộ", "Ngô Thị Thu Hường",
            attendance(30, 29, 1, 1, 0, 0, [("Đinh Văn Khải", "đi công tác tại Hải Phòng, có báo cáo", True)],
                       [("Lương Thị Bích", "Ủy viên Ban Thường vụ Đảng ủy Công ty, Chủ tịch Công đoàn Công ty")]),
            True,
            [vote("Kết luận sinh hoạt tháng 5/2020", 29),
             vote("Danh sách bầu cử đại biểu (giơ tay, đảng viên chính thức)", 27),
             vote("Bầu đại biểu: Dương Văn Hiếu", 26, pct=96.30),
             vote("Bầu đại biểu: Hà Văn Quyết", 24, pct=88.89),
             vote("Bầu đại biểu: Ngô Thị Thu Hường", 21, pct=77.78),
             vote("Bầu đại biểu: Lục Văn Páo (không trúng cử)", 10, pct=37.04)],
            [],
            ["missing_assignments"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# s07 — Lào Cai, Bát Xát: border post team cell, membership moved in and out, Oct 2024. Clean.
# =================================================================================================
DOCS.append({
    "name": "s07-laocai-border-post-membership-transfer-clean", "folder": "dev",
    "style": {"family": "dejavu", "size": 11, "justify": True, "indent": 26, "spacing": 1.3, "left": 76,
              "right": 52, "head": "Biên bản sinh hoạt Chi bộ Đội Vận động quần chúng – tháng 10/2024"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BĐBP TỈNH LÀO CAI", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG Y TÝ", "CHI BỘ ĐỘI VẬN ĐỘNG", "QUẦN CHÚNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Y Tý, ngày 08 tháng 10 năm 2024"], bold_left=(2, 3), size=9.5),
            G(6),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2024"),
            G(6),
            H("I. ĐẶC ĐIỂM TÌNH HÌNH"),
            P("Thời gian: 07 giờ 30 phút ngày 08/10/2024. Địa điểm: Phòng Hồ Chí Minh, Đồn Biên phòng Y Tý."),
            P("Chủ trì: Đại úy Hoàng Văn Thuận, Bí thư chi bộ, Đội trưởng. Thư ký: Thượng úy Tẩn Láo Sử, Chi ủy "
              "viên."),
            P("Dự sinh hoạt: Thiếu tá Lý Seo Dìn, Phó Chính trị viên Đồn, Phó Bí thư Đảng ủy Đồn."),
            P("Quân số đảng viên: 11 đồng chí (chính thức 10, dự bị 01). Có mặt: 10 đồng chí. Vắng: 01 đồng chí – "
              "Trung úy Phàn Văn Dín, đi làm nhiệm vụ cắm bản ở thôn Lao Chải."),
            H("II. NỘI DUNG SINH HOẠT"),
            P("1. Thông tin thời sự. Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII (từ ngày 18 đến "
              "20/9/2024); công tác khắc phục hậu quả bão số 3 (bão Yagi) và lũ quét tại thôn Làng Nủ, xã Phúc "
              "Khánh, huyện Bảo Yên; tình hình xuất cảnh trái phép qua các đường mòn khu vực mốc 93 – 95."),
            P("2. Kết quả tháng 9/2024. Đội phối hợp với Ủy ban nhân dân xã giúp 17 hộ thôn Choản Thền dọn bùn "
              "đất, dựng lại 05 nhà bị sạt lở; vận động 23 hộ ở vùng có nguy cơ sạt lở di chuyển tạm thời; tham "
              "gia tuần tra song phương 01 lần; không để xảy ra vụ việc phức tạp trên tuyến biên giới."),
            P("3. Công tác đảng viên. Đồng chí Bí thư công bố Quyết định số 37-QĐ/ĐU ngày 30/9/2024 của Đảng ủy "
              "Đồn về chuyển sinh hoạt đảng nội bộ đối với Thiếu úy Giàng A Sùng từ Chi bộ Đội Vận động quần chúng "
              "sang Chi bộ Đội Tuần tra – Kiểm soát; tiếp nhận Trung úy Nguyễn Đức Mạnh, đảng viên chính thức, từ "
              "Chi bộ Đội Trinh sát Đồn Biên phòng Bản Vược chuyển đến theo giới thiệu của Đảng ủy Bộ đội Biên "
              "phòng tỉnh. Đồng chí Nguyễn Đức Mạnh báo cáo tóm tắt quá trình công tác, hứa chấp hành nghị quyết "
              "của chi bộ."),
            P("4. Phương hướng tháng 10/2024. Giúp dân thu hoạch lúa mùa, ổn định chỗ ở cho các hộ phải di dời; "
              "duy trì tuần tra, kiểm soát đường mòn, lối mở; chuẩn bị nội dung đại hội chi bộ nhiệm kỳ 2025 – "
              "2027 theo Chỉ thị 35-CT/TW của Bộ Chính trị."),
            H("III. THẢO LUẬN"),
            P("- Đồng chí Tẩn Láo Sử: thôn Choản Thền còn 04 hộ chưa có đất làm nhà, đề nghị Đồn báo cáo huyện "
              "bố trí đất tái định cư."),
            P("- Thượng úy QNCN Ly Seo Chứ: đồng chí Mạnh chưa biết tiếng Hà Nhì, tiếng Mông, cần đi cùng tổ công "
              "tác để nắm địa bàn."),
            P("- Đồng chí Lý Seo Dìn: ghi nhận kết quả giúp dân sau bão; yêu cầu chi bộ không để đảng viên nào chủ "
              "quan khi mùa khô đến, các đối tượng tăng hoạt động qua đường mòn."),
            H("IV. KẾT LUẬN CỦA CHỦ TRÌ"),
            P("Đồng chí Hoàng Văn Thuận kết luận: chi bộ thống nhất các nhiệm vụ tháng 10; trọng tâm là giúp các "
              "hộ sau lũ ổn định cuộc sống, giữ vững an ninh đường biên; hồ sơ chuyển sinh hoạt đảng phải được hoàn "
              "thiện đúng quy định."),
            P("Biểu quyết: 10/10 đồng chí tán thành nghị quyết tháng 10, đạt 100%."),
            H("V. PHÂN CÔNG NHIỆM VỤ"),
            TB([(0.07, "TT", "c"), (0.45, "Nội dung công việc", "l"), (0.26, "Người thực hiện", "l"),
                (0.22, "Thời gian hoàn thành", "l")],
               [["1", "Hướng dẫn đồng chí Nguyễn Đức Mạnh nắm địa bàn 04 thôn giáp biên", "Đ/c Tẩn Láo Sử",
                 "Trước 20/10/2024"],
                ["2", "Giúp các hộ thôn Choản Thền thu hoạch lúa, dựng lại chuồng trại sau lũ",
                 "Đ/c Nguyễn Đức Mạnh, đ/c Ly Seo Chứ", "Tháng 10/2024"],
                ["3", "Cập nhật sổ đảng viên, chuyển hồ sơ đảng viên của đồng chí Giàng A Sùng",
                 "Đ/c Hoàng Văn Thuận", "15/10/2024"],
                ["4", "Duy trì tuần tra đường mòn khu vực mốc 93 – 95", "Tổ tuần tra số 2", "Thường xuyên"]],
               head_center=True, size=10),
            P("Buổi sinh hoạt kết thúc lúc 10 giờ 00 cùng ngày. Biên bản đã đọc lại cho chi bộ nghe, 10/10 đồng chí "
              "nhất trí thông qua."),
            S(["THƯ KÝ", "Thượng úy Tẩn Láo Sử"], ["BÍ THƯ", "Đại úy Hoàng Văn Thuận"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-08", "07:30", "10:00", "Phòng Hồ Chí Minh, Đồn Biên phòng Y Tý",
                    "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG Y TÝ"),
            "Hoàng Văn Thuận", "Bí thư chi bộ", "Tẩn Láo Sử",
            attendance(11, 10, 1, 1, 0, 0, [("Phàn Văn Dín", "đi làm nhiệm vụ cắm bản ở thôn Lao Chải", True)],
                       [("Lý Seo Dìn", "Phó Chính trị viên Đồn, Phó Bí thư Đảng ủy Đồn")]),
            True,
            [vote("Nghị quyết tháng 10/2024", 10, pct=100)],
            [task("Tẩn Láo Sử", "Hướng dẫn đồng chí Nguyễn Đức Mạnh nắm địa bàn 04 thôn giáp biên", "20/10/2024"),
             task("Nguyễn Đức Mạnh", "Giúp các hộ thôn Choản Thền thu hoạch lúa, dựng lại chuồng trại sau lũ",
                  "Tháng 10/2024"),
             task("Ly Seo Chứ", "Giúp các hộ thôn Choản Thền thu hoạch lúa, dựng lại chuồng trại sau lũ",
                  "Tháng 10/2024"),
             task("Hoàng Văn Thuận", "Cập nhật sổ đảng viên, chuyển hồ sơ đảng viên của đồng chí Giàng A Sùng",
                  "15/10/2024"),
             task("Tổ tuần tra số 2", "Duy trì tuần tra đường mòn khu vực mốc 93 – 95", "Thường xuyên")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# s08 — Thanh Hóa, Đông Thọ ward: retirees' cell, joint meeting with the associations, May 2010. One page.
# (its photocopy 250 dpi scan is s13)
# =================================================================================================
DOCS.append({
    "name": "s08-thanhhoa-retirees-joint-massorgs-no-discussion-no-conclusion", "folder": "dev",
    "style": {"family": "serif", "size": 11.5, "justify": True, "indent": 22, "spacing": 1.22, "top": 46,
              "bottom": 48, "left": 74},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THÀNH PHỐ THANH HÓA", "ĐẢNG BỘ PHƯỜNG ĐÔNG THỌ", "CHI BỘ HƯU TRÍ SỐ 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Thọ, ngày 18 tháng 5 năm 2010"], bold_left=(2,)),
            G(4),
            C("BIÊN BẢN", size=13.5),
            C("SINH HOẠT CHI BỘ THÁNG 5 NĂM 2010"),
            C("(Họp mở rộng với Ban chấp hành các chi hội đoàn thể khu phố 6)", bold=False, italic=True),
            G(4),
            P("Vào hồi 8 giờ 00 ngày 18/5/2010, tại Nhà văn hóa khu phố 6, phường Đông Thọ, Chi bộ hưu trí số 2 "
              "họp thường kỳ, mở rộng với Ban chấp hành Chi hội Người cao tuổi và Chi hội Cựu chiến binh khu phố."),
            P("Chủ trì: đ/c Lê Đình Châu, Bí thư chi bộ. Thư ký: đ/c Nguyễn Thị Mai Hoa."),
            P("Đảng viên: 41 đồng chí, trong đó 09 đồng chí được miễn sinh hoạt (tuổi cao, sức yếu); phải dự 32, "
              "có mặt 30, vắng 02 (ốm)."),
            P("Mời dự: bà Hoàng Thị Nụ, Chi hội trưởng Chi hội Người cao tuổi khu phố 6; ông Mai Xuân Lộc, Trưởng "
              "khu phố 6."),
            P("1. Đ/c Bí thư thông báo Kế hoạch của Đảng ủy phường tổ chức lấy ý kiến nhân dân góp ý vào dự thảo "
              "các văn kiện trình Đại hội XI của Đảng và dự thảo Báo cáo chính trị trình Đại hội Đảng bộ tỉnh lần "
              "thứ XVII; chương trình của thành phố hướng tới Đại lễ kỷ niệm 1000 năm Thăng Long – Hà Nội; lịch "
              "đại hội Đảng bộ phường nhiệm kỳ 2010 – 2015."),
            P("2. Đ/c Phó Bí thư Trần Văn Bảng báo cáo hoạt động của chi bộ và các chi hội 4 tháng đầu năm: tổ "
              "chức mừng thọ 27 cụ tròn 70, 75, 80 tuổi và trên 90 tuổi; quỹ Chi hội Người cao tuổi đạt "
              "12.450.000 đồng; Chi hội Cựu chiến binh giúp 02 hội viên làm lại nhà; 100% gia đình hội viên ký cam "
              "kết giữ gìn trật tự, vệ sinh đường phố. Hạn chế: việc thu đảng phí của một số đảng viên ốm yếu còn "
              "chậm; sinh hoạt câu lạc bộ thơ ca, dưỡng sinh chưa đều. Báo cáo nêu chương trình phối hợp giữa chi "
              "bộ và các chi hội trong quý II, quý III năm 2010."),
            P("3. Hội nghị thảo luận, nhất trí với báo cáo và chương trình phối hợp."),
            P("Biểu quyết: 30/30 đảng viên có mặt tán thành chương trình phối hợp quý II – III."),
            P("4. Phân công: đ/c Trần Văn Bảng tổng hợp ý kiến góp ý dự thảo văn kiện, gửi Đảng ủy phường trước "
              "ngày 30/5/2010; đ/c Nguyễn Thị Mai Hoa cùng Chi hội Người cao tuổi lập danh sách các cụ mừng thọ "
              "quý III, xong trong tháng 6."),
            P("Đ/c chủ trì cảm ơn các đồng chí đảng viên và các vị đại biểu đã về dự. Hội nghị kết thúc lúc 10 giờ "
              "00. Biên bản đã được đọc lại, hội nghị nhất trí thông qua."),
            S(["THƯ KÝ", "Nguyễn Thị Mai Hoa"], ["CHỦ TRÌ", "Lê Đình Châu"]),
        ],
        "truth": minute(
            meeting("regular", "2010-05-18", "08:00", "10:00", "Nhà văn hóa khu phố 6, phường Đông Thọ",
                    "CHI BỘ HƯU TRÍ SỐ 2", "ĐẢNG BỘ PHƯỜNG ĐÔNG THỌ"),
            "Lê Đình Châu", "Bí thư chi bộ", "Nguyễn Thị Mai Hoa",
            attendance(41, 30, 2, 2, 0, 9, [],
                       [("Hoàng Thị Nụ", "Chi hội trưởng Chi hội Người cao tuổi khu phố 6"),
                        ("Mai Xuân Lộc", "Trưởng khu phố 6")]),
            False,
            [vote("Chương trình phối hợp quý II – III/2010", 30)],
            [task("Trần Văn Bảng", "tổng hợp ý kiến góp ý dự thảo văn kiện, gửi Đảng ủy phường", "30/5/2010"),
             task("Nguyễn Thị Mai Hoa", "cùng Chi hội Người cao tuổi lập danh sách các cụ mừng thọ quý III",
                  "tháng 6")],
            ["missing_conclusion", "no_discussion"]),
    }],
    "flags": [],
    "scans": [{"name": "s13-thanhhoa-retirees-joint-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 1713, "dpi": 250}],
})


# =================================================================================================
# s09 — Nghệ An, Vinh: university students' cell, regular + thematic combined, recognising a member, Apr 2018.
# =================================================================================================
DOCS.append({
    "name": "s09-vinh-university-students-recognition-thematic-combined-short", "folder": "dev",
    "style": {"family": "dvsans", "size": 11, "justify": False, "indent": 18, "spacing": 1.3, "para_gap": 3,
              "left": 70, "right": 58, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRƯỜNG ĐẠI HỌC VINH", "ĐẢNG BỘ VIỆN KỸ THUẬT", "VÀ CÔNG NGHỆ", "CHI BỘ SINH VIÊN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nghệ An, ngày 12 tháng 4 năm 2018"], bold_left=(3,), size=9.5),
            G(6),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ KẾT HỢP SINH HOẠT CHUYÊN ĐỀ THÁNG 4/2018", size=11),
            C("Chuyên đề: Xây dựng phong cách, tác phong của đảng viên sinh viên theo tư tưởng, đạo đức, phong "
              "cách Hồ Chí Minh", bold=False, italic=True),
            G(6),
            L("Thời gian: 19 giờ 00 phút, ngày 12/4/2018."),
            L("Địa điểm: Phòng 305, nhà A0, Trường Đại học Vinh."),
            L("Chủ trì: đồng chí ThS. Nguyễn Thị Phương Thảo – Bí thư chi bộ, giảng viên kiêm nhiệm."),
            L("Thư ký: đồng chí Phan Văn Đức – sinh viên lớp 56K Kỹ thuật điện tử, truyền thông."),
            L("Đại biểu: đồng chí Trần Văn Hào – Phó Bí thư Đảng ủy Viện."),
            L("Đảng viên: 13 đồng chí (chính thức 08, dự bị 05); có mặt 12; vắng 01: đồng chí Hồ Sỹ Quân – đi thực "
              "tập tốt nghiệp tại Bắc Ninh."),
            H("I. SINH HOẠT THƯỜNG KỲ"),
            P("1. Thông tin: Kế hoạch của Nhà trường tổ chức Ngày hội việc làm năm 2018; kết quả Đại hội Hội Sinh "
              "viên Trường nhiệm kỳ 2018 – 2020; lịch thi học kỳ II năm học 2017 – 2018."),
            P("2. Kết quả tháng 3: 12/13 đảng viên đạt kết quả học tập học kỳ I từ loại khá trở lên; chi bộ phối "
              "hợp Liên chi đoàn tổ chức ngày hội Chủ nhật xanh và hiến máu tình nguyện nhân Tháng Thanh niên, thu "
              "được 186 đơn vị máu."),
            P("3. Xét, đề nghị công nhận đảng viên chính thức: đồng chí Lê Khánh Linh (sinh viên lớp 56K Kỹ thuật "
              "xây dựng) được kết nạp ngày 27/3/2017, hết thời gian dự bị ngày 27/3/2018; đồng chí đọc bản tự kiểm "
              "điểm. Đồng chí Nguyễn Văn Thắng, đảng viên được phân công giúp đỡ, nhận xét: đồng chí Linh gương mẫu, "
              "điểm trung bình học kỳ I đạt 3,42/4, tích cực trong công tác Đoàn; còn hạn chế trong việc phê bình "
              "các bạn cùng lớp. Chi ủy đã có văn bản xác minh của chi bộ nơi cư trú và nhận xét của Liên chi đoàn."),
            P("Chi bộ biểu quyết (đảng viên chính thức): 07/07 đồng chí có mặt tán thành đề nghị công nhận đồng chí "
              "Lê Khánh Linh là đảng viên chính thức, đạt 100%."),
            H("II. SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Phan Văn Đức trình bày nội dung chuyên đề, liên hệ phong cách làm việc khoa học, đúng giờ, "
              "nói đi đôi với làm của Bác Hồ với việc học tập, nghiên cứu và sinh hoạt ở ký túc xá của sinh viên."),
            P("Ý kiến thảo luận:"),
            P("- Đồng chí Đặng Thị Hồng Nhung: một số đảng viên sinh viên còn đi học muộn, sử dụng điện thoại "
              "trong giờ; đề nghị mỗi đảng viên đăng ký một việc làm cụ thể và tự theo dõi hằng tuần."),
            P("- Đồng chí Lê Khánh Linh: đề xuất lập nhóm đảng viên hỗ trợ sinh viên năm thứ nhất ôn thi học kỳ II "
              "các môn toán cao cấp, vật lý đại cương."),
            H("III. KẾT LUẬN"),
            P("Đồng chí Nguyễn Thị Phương Thảo kết luận: chi bộ thống nhất đề nghị Đảng ủy Viện xem xét, báo cáo "
              "Đảng ủy Trường quyết định công nhận đảng viên chính thức cho đồng chí Lê Khánh Linh; mỗi đảng viên "
              "đăng ký, thực hiện một việc làm theo chuyên đề, kiểm điểm vào kỳ họp tháng 6; lập nhóm hỗ trợ sinh "
              "viên năm thứ nhất như đề xuất."),
            P("Biểu quyết thông qua nghị quyết tháng 4: 12/12 đồng chí tán thành (100%)."),
            H("IV. PHÂN CÔNG"),
            P("- Đồng chí Phan Văn Đức hoàn thiện hồ sơ công nhận đảng viên chính thức, gửi Văn phòng Đảng ủy Viện "
              "trước ngày 20/4/2018."),
            P("- Đồng chí Lê Khánh Linh phụ trách nhóm hỗ trợ sinh viên năm thứ nhất ôn thi học kỳ II, trong tháng "
              "5/2018."),
            P("Buổi sinh hoạt kết thúc lúc 20 giờ 45 phút. Biên bản được đọc lại, 12/12 đồng chí nhất trí."),
            S(["THƯ KÝ", "Phan Văn Đức"], ["BÍ THƯ CHI BỘ", "Nguyễn Thị Phương Thảo"]),
        ],
        "truth": minute(
            meeting("regular", "2018-04-12", "19:00", "20:45", "Phòng 305, nhà A0, Trường Đại học Vinh",
                    "CHI BỘ SINH VIÊN", "ĐẢNG BỘ VIỆN KỸ THUẬT VÀ CÔNG NGHỆ",
                    topic="Xây dựng phong cách, tác phong của đảng viên sinh viên theo tư tưởng, đạo đức, phong "
                          "cách Hồ Chí Minh"),
            "Nguyễn Thị Phương Thảo", "Bí thư chi bộ", "Phan Văn Đức",
            attendance(13, 12, 1, 1, 0, 0, [("Hồ Sỹ Quân", "đi thực tập tốt nghiệp tại Bắc Ninh", True)],
                       [("Trần Văn Hào", "Phó Bí thư Đảng ủy Viện")]),
            True,
            [vote("Công nhận đồng chí Lê Khánh Linh là đảng viên chính thức", 7, pct=100),
             vote("Nghị quyết tháng 4/2018", 12, pct=100)],
            [task("Phan Văn Đức", "hoàn thiện hồ sơ công nhận đảng viên chính thức, gửi Văn phòng Đảng ủy Viện",
                  "20/4/2018"),
             task("Lê Khánh Linh", "phụ trách nhóm hỗ trợ sinh viên năm thứ nhất ôn thi học kỳ II", "tháng 5/2018")],
            ["short_meeting"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# s10 — Yên Bái, Văn Chấn: a Thái village cell's book, Jan–Jun 2012 (no March meeting), typed on a machine.
# =================================================================================================
_NA_DANG = "CHI BỘ THÔN NÀ ĐANG"
_SON_THINH = "ĐẢNG BỘ XÃ SƠN THỊNH"
DOCS.append({
    "name": "s10-yenbai-thai-village-book-2012", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 24, "spacing": 1.25, "para_gap": 2,
              "left": 70, "right": 52, "head": "Sổ biên bản sinh hoạt Chi bộ thôn Nà Đang – năm 2012",
              "foot": "- {n} -"},
    "between": 22,
    "minutes": [
        {   # ---- January: Pọm absent without reason (1)
            "blocks": [
                HD(["ĐẢNG BỘ HUYỆN VĂN CHẤN", "ĐẢNG BỘ XÃ SƠN THỊNH", "CHI BỘ THÔN NÀ ĐANG", "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sơn Thịnh, ngày 12 tháng 01 năm 2012"], bold_left=(2,)),
                G(6),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01 NĂM 2012", size=11.5),
                G(4),
                P("Hồi 19 giờ 00 ngày 12/01/2012, tại nhà văn hóa thôn Nà Đang, Chi bộ họp thường kỳ tháng "
                  "01/2012."),
                P("Chủ trì: đ/c Hoàng Văn Lả – Bí thư chi bộ. Thư ký: đ/c Hà Thị Ninh – Chi ủy viên."),
                P("Tổng số đảng viên 22 đ/c, miễn sinh hoạt 01 đ/c (đ/c Lường Văn Khiêm, 84 tuổi). Có mặt 19 đ/c. "
                  "Vắng 02 đ/c: đ/c Hoàng Thị Xiêm (ốm), đ/c Lò Văn Pọm (không lý do)."),
                H("I. Thông tin"),
                P("Đ/c Bí thư thông tin kết quả Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XI về một "
                  "số vấn đề cấp bách về xây dựng Đảng hiện nay; Chỉ thị của Huyện ủy về tổ chức Tết Nguyên đán "
                  "Nhâm Thìn vui tươi, lành mạnh, tiết kiệm; dự báo đợt không khí lạnh tăng cường, vùng núi cao có "
                  "thể có băng giá."),
                H("II. Đánh giá tháng 12/2011"),
                P("Thôn thu hoạch xong vụ mùa, năng suất bình quân 52 tạ/ha; thu hái chè vụ cuối được 46 tấn búp "
                  "tươi; trồng mới 8 ha quế; hoàn thành thu quỹ quốc phòng – an ninh. Tồn tại: 03 hộ thả trâu "
                  "rông phá lúa của thôn bên; 01 đảng viên vắng sinh hoạt không lý do."),
                H("III. Nhiệm vụ tháng 01/2012"),
                P("Chống rét cho người và gia súc; làm đất, gieo mạ vụ chiêm xuân; giữ gìn an ninh trật tự dịp "
                  "Tết, không để xảy ra đốt pháo, cờ bạc; phòng chống cháy rừng."),
                H("IV. Thảo luận"),
                P("- Đ/c Đinh Văn Tuyến (Trưởng thôn): năm 2011 thôn chết 07 con trâu vì rét, năm nay phải làm "
                  "chuồng kín, dự trữ rơm, cỏ khô; không thả trâu lên rừng khi trời dưới 10 độ."),
                P("- Đ/c Nguyễn Văn Bình: đề nghị chi ủy gặp đ/c Lò Văn Pọm, từ tháng 10 năm ngoái đến nay đ/c "
                  "Pọm đã vắng 2 lần."),
                P("- Đ/c Cầm Thị Đào: Chi hội Phụ nữ đề nghị chọn 05 hộ nghèo nhất thôn để tặng quà Tết."),
                P("- Đ/c Lường Thị Phong: đề nghị thôn cho bà con đăng ký mua giống lúa lai sớm, tránh khan hiếm "
                  "như vụ trước; các hộ làm nương gần rừng phải phát dọn thực bì, có người canh khi đốt."),
                H("V. Kết luận"),
                P("Đ/c Bí thư kết luận: tháng 01 tập trung chống rét cho trâu bò, chuẩn bị mạ vụ chiêm xuân; tổ "
                  "chức Tết vui tươi, an toàn; nhắc nhở ngay những đảng viên vắng sinh hoạt không lý do."),
                P("Biểu quyết: nhất trí 19/19 đ/c."),
                H("VI. Phân công"),
                P("- Đ/c Đinh Văn Tuyến vận động các hộ làm chuồng, che chắn chống rét cho trâu bò trước ngày "
                  "20/01/2012."),
                P("- Đ/c Cầm Thị Đào cùng Chi hội Phụ nữ thăm, tặng quà 05 hộ nghèo trước Tết Nhâm Thìn."),
                P("- Đ/c Nguyễn Văn Bình gặp đ/c Lò Văn Pọm, nhắc nhở việc vắng sinh hoạt."),
                P("Cuộc họp kết thúc 21 giờ 10 phút. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
                S(["THƯ KÝ", "Hà Thị Ninh"], ["BÍ THƯ", "Hoàng Văn Lả"]),
            ],
            "truth": minute(
                meeting("regular", "2012-01-12", "19:00", "21:10", "nhà văn hóa thôn Nà Đang", _NA_DANG, _SON_THINH),
                "Hoàng Văn Lả", "Bí thư chi bộ", "Hà Thị Ninh",
                attendance(22, 19, 2, 1, 1, 1, [("Hoàng Thị Xiêm", "ốm", True), ("Lò Văn Pọm", "không lý do", False)]),
                True,
                [vote("Nghị quyết tháng 01/2012", 19)],
                [task("Đinh Văn Tuyến", "vận động các hộ làm chuồng, che chắn chống rét cho trâu bò", "20/01/2012"),
                 task("Cầm Thị Đào", "cùng Chi hội Phụ nữ thăm, tặng quà 05 hộ nghèo", "Tết Nhâm Thìn"),
                 task("Nguyễn Văn Bình", "gặp đ/c Lò Văn Pọm, nhắc nhở việc vắng sinh hoạt", None)],
                ["unexcused_absence"]),
        },
        {   # ---- February: no vote
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02 NĂM 2012", size=11.5),
                G(4),
                P("Hôm nay, ngày 14/02/2012, hồi 19 giờ 30, tại nhà văn hóa thôn, Chi bộ họp thường kỳ tháng 02."),
                P("Chủ trì: đ/c Hoàng Văn Lả, Bí thư. Thư ký: đ/c Hà Thị Ninh."),
                P("Đảng viên: 22 đ/c, miễn sinh hoạt 01; có mặt 20; vắng 01: đ/c Cầm Văn Tươi, đi làm công nhân ở "
                  "Bắc Ninh, có báo chi ủy."),
                P("1. Tình hình: thôn đón Tết Nhâm Thìn an toàn, không có người đốt pháo, không có trâu bò chết "
                  "rét; đã gieo 1,8 ha mạ, cấy được 60% diện tích chiêm xuân. Đảng ủy xã thông báo sẽ mở lớp học "
                  "tập Nghị quyết Trung ương 4 khóa XI cho toàn thể đảng viên vào cuối tháng 3."),
                P("2. Nhiệm vụ tháng 02: cấy xong 100% diện tích chiêm xuân; ra quân làm thủy lợi đầu xuân; chăm "
                  "sóc, bón phân cho chè đầu vụ; phòng chống cháy rừng mùa khô."),
                P("3. Thảo luận:"),
                P("- Đ/c Điêu Chính Mạnh: mương Nà Đang bị bồi lấp đoạn 300 m, nước không về kịp các thửa ruộng "
                  "phía dưới, phải nạo vét ngay."),
                P("- Đ/c Lò Thị Ban: chè đầu vụ bị rầy xanh, bọ xít muỗi, đề nghị mời cán bộ khuyến nông xã về "
                  "hướng dẫn."),
                P("- Đ/c Phạm Văn Hùng: tổ bảo vệ rừng mới có 6 người, cần bổ sung thanh niên."),
                P("4. Kết luận: đ/c Bí thư kết luận chi bộ thống nhất ra quân nạo vét mương Nà Đang; mời cán bộ "
                  "khuyến nông xã về hướng dẫn phòng trừ sâu hại chè; bổ sung 04 đoàn viên vào tổ bảo vệ rừng."),
                P("5. Phân công:"),
                P("- Đ/c Điêu Chính Mạnh cùng tổ thủy nông nạo vét mương Nà Đang, xong trước ngày 25/02/2012."),
                P("- Đ/c Phạm Văn Hùng bổ sung 04 đoàn viên vào tổ bảo vệ rừng, báo cáo chi bộ kỳ họp tháng 3."),
                P("Cuộc họp kết thúc 21 giờ 20. Biên bản đã đọc lại và được thông qua."),
                S(["THƯ KÝ", "Hà Thị Ninh"], ["BÍ THƯ", "Hoàng Văn Lả"]),
            ],
            "truth": minute(
                meeting("regular", "2012-02-14", "19:30", "21:20", "nhà văn hóa thôn", _NA_DANG, _SON_THINH),
                "Hoàng Văn Lả", "Bí thư", "Hà Thị Ninh",
                attendance(22, 20, 1, 1, 0, 1, [("Cầm Văn Tươi", "đi làm công nhân ở Bắc Ninh, có báo chi ủy", True)]),
                True,
                [],
                [task("Điêu Chính Mạnh", "cùng tổ thủy nông nạo vét mương Nà Đang", "25/02/2012"),
                 task("Phạm Văn Hùng", "bổ sung 04 đoàn viên vào tổ bảo vệ rừng, báo cáo chi bộ", "kỳ họp tháng 3")],
                ["missing_vote"]),
        },
        {   # ---- April (March skipped): Pọm (2), Ban unexcused; no conclusion; low attendance
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4 NĂM 2012", size=11.5),
                G(4),
                P("Thời gian: 19 giờ 00 đến 20 giờ 45 ngày 10/4/2012, tại nhà văn hóa thôn Nà Đang."),
                P("Tháng 3/2012 chi bộ không sinh hoạt được do đ/c Bí thư đi học lớp trung cấp lý luận chính trị "
                  "tập trung tại huyện và đảng viên tập trung làm đường bê tông liên thôn."),
                P("Chủ trì: đ/c Hoàng Văn Lả – Bí thư chi bộ. Thư ký: đ/c Hà Thị Ninh."),
                P("Tổng số 22 đ/c, miễn sinh hoạt 01 đ/c. Có mặt 18/21 đ/c phải dự. Vắng 03 đ/c: Lò Văn Pọm "
                  "(không lý do), Lò Thị Ban (không báo), Hoàng Thị Xiêm (đi viện tỉnh)."),
                P("1. Đ/c Bí thư phổ biến lại nội dung lớp học tập Nghị quyết Trung ương 4 khóa XI do Đảng ủy xã "
                  "tổ chức ngày 28 và 29/3; kế hoạch kiểm điểm tự phê bình và phê bình theo tinh thần Nghị quyết."),
                P("2. Kết quả: cấy xong 41 ha chiêm xuân; làm xong 650 m đường bê tông liên thôn, nhân dân đóng "
                  "góp 2.300 ngày công; chè xuân thu hái đợt đầu 18 tấn. Tồn tại: 02 đảng viên vắng không lý do; "
                  "còn hộ chưa nộp đủ tiền đóng góp làm đường."),
                P("3. Phương hướng tháng 4 và tháng 5: chăm sóc lúa chiêm xuân, phòng trừ sâu cuốn lá; thu hái "
                  "chè đúng kỹ thuật; hoàn thành đóng góp làm đường; chuẩn bị kỷ niệm ngày sinh Chủ tịch Hồ Chí "
                  "Minh."),
                P("4. Ý kiến:"),
                P("- Đ/c Nguyễn Văn Bình: đã gặp đ/c Pọm theo phân công tháng 01, đ/c Pọm hứa đi họp đều nhưng vẫn "
                  "vắng; đề nghị chi bộ có hình thức xử lý."),
                P("- Đ/c Đinh Văn Tuyến: còn 11 hộ chưa nộp đủ tiền làm đường, phần lớn là hộ nghèo, đề nghị cho "
                  "nộp dần đến sau vụ chè."),
                P("Chi bộ biểu quyết thông qua phương hướng nhiệm vụ tháng 4 và tháng 5: 18/18 đ/c tán thành."),
                P("Giao đ/c Nguyễn Văn Bình cùng đ/c Hoàng Văn Lả đến gia đình đ/c Lò Văn Pọm tìm hiểu lý do, báo "
                  "cáo chi bộ tại kỳ họp tháng 5."),
                P("Cuộc họp kết thúc 20 giờ 45. Biên bản đã đọc lại, chi bộ nhất trí."),
                S(["THƯ KÝ", "Hà Thị Ninh"], ["BÍ THƯ", "Hoàng Văn Lả"]),
            ],
            "truth": minute(
                meeting("regular", "2012-04-10", "19:00", "20:45", "nhà văn hóa thôn Nà Đang", _NA_DANG, _SON_THINH),
                "Hoàng Văn Lả", "Bí thư chi bộ", "Hà Thị Ninh",
                attendance(22, 18, 3, 1, 2, 1, [("Lò Văn Pọm", "không lý do", False), ("Lò Thị Ban", "không báo", False),
                                                ("Hoàng Thị Xiêm", "đi viện tỉnh", True)]),
                False,
                [vote("Phương hướng nhiệm vụ tháng 4 và tháng 5/2012", 18)],
                [task("Nguyễn Văn Bình", "cùng đ/c Hoàng Văn Lả đến gia đình đ/c Lò Văn Pọm tìm hiểu lý do, báo cáo "
                      "chi bộ", "kỳ họp tháng 5")],
                ["low_attendance", "missing_conclusion", "unexcused_absence"]),
        },
        {   # ---- May: regular + the year's thematic topic; clean
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5 NĂM 2012", size=11.5),
                C("(Kết hợp sinh hoạt chuyên đề)", bold=False, size=10.5),
                C("Chuyên đề: Nâng cao ý thức trách nhiệm, hết lòng, hết sức phụng sự Tổ quốc, phục vụ nhân dân",
                  bold=False, italic=True, size=10.5),
                G(4),
                P("Hồi 19 giờ 00 ngày 17/5/2012, tại nhà văn hóa thôn Nà Đang."),
                P("Chủ trì: đ/c Hoàng Văn Lả, Bí thư chi bộ. Thư ký: đ/c Hà Thị Ninh."),
                P("Đảng viên: tổng số 22; miễn sinh hoạt 01; có mặt 20; vắng 01 – đ/c Cầm Văn Tươi (đi làm ăn "
                  "xa, có báo)."),
                H("Phần I – Sinh hoạt thường kỳ"),
                P("Kết quả tháng 4: lúa chiêm xuân phát triển tốt, đã phun trừ sâu cuốn lá 38 ha; chè thu hái 35 "
                  "tấn; 92% số hộ nộp xong tiền đóng góp làm đường. Đ/c Nguyễn Văn Bình báo cáo việc gặp gia đình "
                  "đ/c Lò Văn Pọm: vợ đ/c Pọm ốm lâu ngày, đ/c đi làm thuê ca đêm ở xưởng chè nên hay vắng họp. "
                  "Đ/c Pọm có mặt, nhận khuyết điểm trước chi bộ."),
                H("Phần II – Sinh hoạt chuyên đề"),
                P("Đ/c Cầm Thị Đào, giáo viên Trường Tiểu học Sơn Thịnh, trình bày chuyên đề năm 2012; liên hệ "
                  "lời Bác dạy việc gì có lợi cho dân thì hết sức làm, việc gì có hại cho dân thì hết sức tránh, "
                  "với việc giúp các hộ nghèo trong thôn."),
                P("Ý kiến:"),
                P("- Đ/c Lò Văn Pọm: xin hứa trước chi bộ đi họp đầy đủ, nếu bận phải báo chi ủy."),
                P("- Đ/c Điêu Chính Mạnh: mỗi đảng viên nên nhận kèm một hộ nghèo, giúp giống chè, cách chăm sóc."),
                P("- Đ/c Hà Thị Ninh: đề nghị chi bộ hỗ trợ ngày công sửa nhà cho gia đình đ/c Pọm."),
                P("Kết luận: đ/c Bí thư kết luận mỗi đảng viên đăng ký ít nhất một việc làm cụ thể giúp dân theo "
                  "chuyên đề, chi ủy kiểm tra vào cuối năm; chi bộ ghi nhận sự tiến bộ của đ/c Lò Văn Pọm; huy "
                  "động đảng viên giúp gia đình đ/c Pọm sửa nhà trước mùa mưa."),
                P("Biểu quyết: 20/20 đ/c tán thành (100%)."),
                P("Phân công:"),
                P("- Đ/c Cầm Thị Đào tổng hợp bản đăng ký làm theo của đảng viên, nộp Đảng ủy xã trước ngày "
                  "30/5/2012."),
                P("- Đ/c Đinh Văn Tuyến cùng Ban công tác Mặt trận giúp gia đình đ/c Lò Văn Pọm sửa lại mái nhà "
                  "trong tháng 6."),
                P("Cuộc họp kết thúc 21 giờ 30. Biên bản đọc lại, chi bộ nhất trí thông qua."),
                S(["THƯ KÝ", "Hà Thị Ninh"], ["BÍ THƯ", "Hoàng Văn Lả"]),
            ],
            "truth": minute(
                meeting("regular", "2012-05-17", "19:00", "21:30", "nhà văn hóa thôn Nà Đang", _NA_DANG, _SON_THINH,
                        topic="Nâng cao ý thức trách nhiệm, hết lòng, hết sức phụng sự Tổ quốc, phục vụ nhân dân"),
                "Hoàng Văn Lả", "Bí thư chi bộ", "Hà Thị Ninh",
                attendance(22, 20, 1, 1, 0, 1, [("Cầm Văn Tươi", "đi làm ăn xa, có báo", True)]),
                True,
                [vote("Nghị quyết tháng 5/2012 và nội dung chuyên đề", 20, pct=100)],
                [task("Cầm Thị Đào", "tổng hợp bản đăng ký làm theo của đảng viên, nộp Đảng ủy xã", "30/5/2012"),
                 task("Đinh Văn Tuyến", "cùng Ban công tác Mặt trận giúp gia đình đ/c Lò Văn Pọm sửa lại mái nhà",
                      "tháng 6")],
                []),
        },
        {   # ---- June: six-month review; Pọm absent again (3); no named tasks
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6 NĂM 2012", size=11.5),
                C("Sơ kết 6 tháng đầu năm 2012", bold=False, italic=True, size=10.5),
                G(4),
                P("Hồi 19 giờ 00 ngày 21/6/2012 tại nhà văn hóa thôn Nà Đang."),
                P("Chủ trì: đ/c Hoàng Văn Lả – Bí thư chi bộ. Thư ký: đ/c Hà Thị Ninh."),
                P("Đảng viên 22 đ/c; miễn sinh hoạt 01; có mặt 19; vắng 02: đ/c Đặng Thị Nga (đi tập huấn ở "
                  "huyện), đ/c Lò Văn Pọm (không lý do)."),
                P("1. Đ/c Đinh Văn Tuyến đọc báo cáo sơ kết 6 tháng: tổng sản lượng lương thực vụ chiêm xuân ước "
                  "218 tấn; chè búp tươi 96 tấn; làm xong 650 m đường bê tông; 02 hộ thoát nghèo; không có trâu "
                  "bò chết rét; an ninh trật tự ổn định. Tồn tại: một đảng viên nhiều lần vắng sinh hoạt không lý "
                  "do; việc học tập Nghị quyết Trung ương 4 ở một số đảng viên lớn tuổi chưa sâu."),
                P("2. Phương hướng 6 tháng cuối năm: gieo cấy vụ mùa đúng lịch; phòng chống lũ quét, sạt lở đất "
                  "mùa mưa; kiểm điểm tự phê bình và phê bình theo Nghị quyết Trung ương 4; chuẩn bị ngày hội Đại "
                  "đoàn kết toàn dân tộc 18/11."),
                P("3. Thảo luận:"),
                P("- Đ/c Nguyễn Văn Bình: mái nhà đ/c Pọm đã sửa xong nhưng đ/c Pọm vẫn vắng họp, đề nghị chi bộ "
                  "xử lý nghiêm để giữ kỷ luật."),
                P("- Đ/c Lường Thị Phong: khe suối Nà Đang có 04 hộ ở sát taluy, mùa mưa phải có phương án di dời."),
                P("4. Kết luận: đ/c Bí thư kết luận chi bộ cơ bản hoàn thành nhiệm vụ 6 tháng đầu năm; 6 tháng cuối "
                  "năm toàn chi bộ tập trung cho vụ mùa và phòng chống lũ quét, không để thiệt hại về người. Đối với "
                  "đ/c Lò Văn Pọm, 3 lần vắng sinh hoạt không lý do trong 6 tháng, chi bộ thống nhất báo cáo Đảng "
                  "ủy xã xem xét, xử lý theo Điều lệ Đảng. Đề nghị các đ/c đảng viên gương mẫu thực hiện; chi ủy sẽ "
                  "phân công cụ thể sau."),
                P("Biểu quyết: 19/19 đ/c nhất trí thông qua báo cáo sơ kết và phương hướng."),
                P("Cuộc họp kết thúc 21 giờ 00. Biên bản đã đọc lại, chi bộ thông qua."),
                S(["THƯ KÝ", "Hà Thị Ninh"], ["BÍ THƯ", "Hoàng Văn Lả"]),
            ],
            "truth": minute(
                meeting("regular", "2012-06-21", "19:00", "21:00", "nhà văn hóa thôn Nà Đang", _NA_DANG, _SON_THINH),
                "Hoàng Văn Lả", "Bí thư chi bộ", "Hà Thị Ninh",
                attendance(22, 19, 2, 1, 1, 1, [("Đặng Thị Nga", "đi tập huấn ở huyện", True),
                                                ("Lò Văn Pọm", "không lý do", False)]),
                True,
                [vote("Báo cáo sơ kết 6 tháng và phương hướng 6 tháng cuối năm 2012", 19)],
                [],
                ["missing_assignments", "unexcused_absence"]),
        },
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"], "scans": [],
})


# =================================================================================================
# s11 — Quảng Bình, Lệ Thủy: district agency cell, October 2020 meeting postponed by the floods; printed form.
# =================================================================================================
DOCS.append({
    "name": "s11-quangbinh-agency-postponed-flood-form-dots-no-vote-no-tasks", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 3,
              "left": 78, "right": 58},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN", "HUYỆN LỆ THỦY", "CHI BỘ PHÒNG NÔNG NGHIỆP", "VÀ PHÁT TRIỂN NÔNG THÔN",
                "*", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lệ Thủy, ngày 06 tháng 11 năm 2020"], bold_left=(2, 3)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=14),
            C("Tháng 10 năm 2020"),
            C("(Kỳ sinh hoạt tháng 10 dự kiến ngày 06/10/2020, hoãn do mưa lũ, tổ chức ngày 06/11/2020)", bold=False,
              italic=True, size=11.5),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("- Thời gian bắt đầu: 14 giờ 00 phút, ngày 06 tháng 11 năm 2020."),
            L("- Địa điểm: Phòng họp số 2, trụ sở Ủy ban nhân dân huyện."),
            L("- Chủ trì: đồng chí Đoàn Văn Hạnh; chức vụ: Bí thư chi bộ, Trưởng phòng."),
            L("- Thư ký: đồng chí Trương Thị Diệu Linh; chức vụ: Chi ủy viên, chuyên viên."),
            L("- Tổng số đảng viên: 12; miễn sinh hoạt: 0; có mặt: 11; vắng: 01 (có lý do: 01; không lý do: 0)."),
            L("- Đảng viên vắng, lý do: đồng chí Võ Xuân Tiến – được huyện cử ở lại xã Tân Thủy hỗ trợ khắc phục "
              "hậu quả lũ."),
            L("- Đại biểu dự: ……"),
            H("II. NỘI DUNG"),
            L("1. Thông tin thời sự, văn bản mới: từ ngày 06 đến ngày 22/10/2020 trên địa bàn huyện xảy ra ba đợt "
              "mưa lũ lớn, mực nước sông Kiến Giang vượt mức lũ lịch sử năm 1979, hầu hết các xã bị ngập sâu; Ủy "
              "ban nhân dân tỉnh có quyết định hỗ trợ giống cây trồng, vật nuôi để khôi phục sản xuất sau lũ."),
            L("2. Kết quả thực hiện nhiệm vụ tháng 9 và tháng 10/2020: Phòng tham mưu Ủy ban nhân dân huyện thống "
              "kê thiệt hại: trên 1.200 ha rau màu và 400 ha ao nuôi thủy sản mất trắng; hàng nghìn con gia súc, "
              "gia cầm chết trôi; xây dựng phương án hỗ trợ giống lúa cho vụ Đông Xuân 2020 – 2021. Tồn tại: số liệu "
              "thiệt hại các xã báo cáo nhiều lần, chưa khớp nhau."),
            L("3. Phương hướng nhiệm vụ tháng 11/2020: hoàn thành thống kê thiệt hại; trình phương án hỗ trợ "
              "giống; hướng dẫn tiêu độc, khử trùng chuồng trại; chuẩn bị kế hoạch sản xuất vụ Đông Xuân."),
            L("4. Thảo luận:"),
            L("- Đồng chí Nguyễn Hữu Phước: đề nghị ưu tiên giống lúa ngắn ngày cho vùng trũng, gieo muộn hơn "
              "lịch thời vụ khoảng 10 ngày vì đất còn ngập."),
            L("- Đồng chí Lê Thị Hải Yến: phải thống nhất một mẫu biểu thống kê thiệt hại, tránh trùng lặp, bỏ "
              "sót hộ."),
            L("5. Kết luận của đồng chí chủ trì:"),
            L("Đồng chí Đoàn Văn Hạnh kết luận: chi bộ thống nhất tham mưu Ủy ban nhân dân huyện phương án hỗ trợ "
              "giống theo hai mức cho vùng trũng và vùng gò đồi; dùng một mẫu biểu thống kê thiệt hại cho tất cả "
              "các xã; đảng viên bám cơ sở, hướng dẫn nhân dân vệ sinh chuồng trại, phòng dịch bệnh gia súc sau "
              "lũ."),
            L("6. Biểu quyết: tán thành: ……/…… đồng chí; không tán thành: …… đồng chí."),
            L("7. Phân công thực hiện: ……"),
            L("Đề nghị các đồng chí đảng viên theo dõi sát địa bàn được phân công, kịp thời báo cáo tình hình."),
            L("Cuộc họp kết thúc lúc 16 giờ 00 phút cùng ngày. Biên bản đã được đọc lại và thông qua trước chi bộ."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Trương Thị Diệu Linh"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "Đoàn Văn Hạnh"]),
        ],
        "truth": minute(
            meeting("regular", "2020-11-06", "14:00", "16:00", "Phòng họp số 2, trụ sở Ủy ban nhân dân huyện",
                    "CHI BỘ PHÒNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN LỆ THỦY",
                    month=10, year=2020),
            "Đoàn Văn Hạnh", "Bí thư chi bộ", "Trương Thị Diệu Linh",
            attendance(12, 11, 1, 1, 0, 0,
                       [("Võ Xuân Tiến", "được huyện cử ở lại xã Tân Thủy hỗ trợ khắc phục hậu quả lũ", True)]),
            True,
            [],
            [],
            ["missing_assignments", "missing_vote", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# s14 — Phú Thọ, Lâm Thao: commune police cell, six-month review, Jul 2023. Scan only (no born-digital twin).
# =================================================================================================
DOCS.append({
    "name": "s14-phutho-commune-police-midyear-scan-low-no-conclusion", "folder": "dev", "born_digital": False,
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 20, "spacing": 1.22, "para_gap": 2,
              "top": 46, "bottom": 46, "left": 72, "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN LÂM THAO", "ĐẢNG BỘ XÃ TIÊN KIÊN", "CHI BỘ CÔNG AN XÃ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tiên Kiên, ngày 05 tháng 7 năm 2023"], bold_left=(2,)),
            G(4),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THÁNG 7 NĂM 2023"),
            C("(Sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023)", bold=False,
              italic=True),
            G(4),
            P("Thời gian: 14h00 ngày 05/7/2023. Địa điểm: Hội trường Công an xã Tiên Kiên."),
            P("Chủ trì: đồng chí Thiếu tá Đinh Công Toàn – Bí thư chi bộ, Trưởng Công an xã. Thư ký: đồng chí "
              "Thượng úy Hà Thị Hoài."),
            P("Chi bộ có 09 đảng viên; có mặt 07; vắng 02 có lý do: đồng chí Nguyễn Văn Quyền đi học lớp bồi dưỡng "
              "nghiệp vụ tại Trường Cao đẳng Cảnh sát nhân dân I; đồng chí Bùi Văn Hiển trực ban tại trụ sở."),
            P("1. Đồng chí Triệu Văn Bình, Phó Trưởng Công an xã, trình bày báo cáo sơ kết 6 tháng đầu năm 2023: "
              "tiếp nhận, giải quyết 64 hồ sơ đăng ký thường trú, tạm trú; thu nhận 1.150 hồ sơ cấp tài khoản định "
              "danh điện tử mức độ 2 theo Đề án 06 của Chính phủ, đã kích hoạt 870 tài khoản; xảy ra 03 vụ trộm cắp "
              "tài sản, đã làm rõ 02 vụ; phối hợp Đội Cảnh sát giao thông huyện xử lý 14 trường hợp vi phạm nồng độ "
              "cồn; duy trì phong trào toàn dân bảo vệ an ninh Tổ quốc ở 9/9 khu dân cư. Hạn chế: tỷ lệ kích hoạt "
              "tài khoản định danh ở người cao tuổi còn thấp; một số camera an ninh ở khu dân cư hỏng chưa được "
              "sửa. Phương hướng 6 tháng cuối năm: hoàn thành kích hoạt tài khoản định danh điện tử cho công dân từ "
              "14 tuổi trở lên; không để xảy ra trọng án; bảo đảm an ninh trật tự dịp Quốc khánh 2/9."),
            P("2. Thảo luận:"),
            P("- Đồng chí Hà Thị Hoài: nhiều người cao tuổi không có điện thoại thông minh, đề nghị tổ công tác đến "
              "tận nhà, hướng dẫn con cháu kích hoạt hộ."),
            P("- Đồng chí Lê Minh Đức: camera khu 5 hỏng từ tháng 4, đề nghị Ban công tác Mặt trận vận động kinh "
              "phí sửa chữa."),
            P("3. Chi bộ biểu quyết thông qua báo cáo sơ kết và phương hướng nhiệm vụ 6 tháng cuối năm 2023: 07/07 "
              "đồng chí có mặt tán thành (100%)."),
            P("4. Phân công: giao đồng chí Lê Minh Đức phụ trách tổ công tác Đề án 06, kích hoạt tài khoản định danh "
              "điện tử cho người dân các khu 3, 4, 5, hoàn thành trước ngày 30/9/2023; đồng chí Hà Thị Hoài hoàn "
              "thiện báo cáo sơ kết gửi Đảng ủy xã trước ngày 10/7/2023."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 00 phút. Biên bản đã được đọc lại, các đồng chí dự họp nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "Hà Thị Hoài"], ["BÍ THƯ CHI BỘ", "Đinh Công Toàn"]),
        ],
        "truth": minute(
            meeting("regular", "2023-07-05", "14:00", "16:00", "Hội trường Công an xã Tiên Kiên", "CHI BỘ CÔNG AN XÃ",
                    "ĐẢNG BỘ XÃ TIÊN KIÊN"),
            "Đinh Công Toàn", "Bí thư chi bộ", "Hà Thị Hoài",
            attendance(9, 7, 2, 2, 0, 0,
                       [("Nguyễn Văn Quyền", "đi học lớp bồi dưỡng nghiệp vụ tại Trường Cao đẳng Cảnh sát nhân dân I",
                         True),
                        ("Bùi Văn Hiển", "trực ban tại trụ sở", True)]),
            False,
            [vote("Báo cáo sơ kết và phương hướng 6 tháng cuối năm 2023", 7, pct=100)],
            [task("Lê Minh Đức", "phụ trách tổ công tác Đề án 06, kích hoạt tài khoản định danh điện tử cho người dân "
                  "các khu 3, 4, 5", "30/9/2023"),
             task("Hà Thị Hoài", "hoàn thiện báo cáo sơ kết gửi Đảng ủy xã", "10/7/2023")],
            ["low_attendance", "missing_conclusion"]),
    }],
    "flags": [],
    "scans": [{"name": "s14-phutho-commune-police-midyear-scan-low-no-conclusion", "folder": "dev",
               "damage": "moderate", "seed": 1714, "dpi": 250}],
})
