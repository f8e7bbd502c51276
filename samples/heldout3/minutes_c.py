"""Held-out set 3, share C (TEST folder only): minutes written by hand, with their truth labels.

Worded from scratch without reading the extractor or the other sets' texts. Do not tune on these files.

x01-hagiang-village-none        Hà Giang, H'Mông village; prose opening "Hồi 19 giờ 00"; guest; "a)/b)"
                                headings; conclusion section; vote tán thành/không tán thành/ý kiến khác;
                                prose assignments. Flags: none.
x02-hanoi-ward-absent-table     Hà Nội, residential ward cell; "14h30"; exempt members; ruled absentee table
                                (one "Không lý do"); giơ tay vote; dash-list assignments.
                                Flags: low_attendance, unexcused_absence.
x03-nghean-school-thematic      Nghệ An, lower-secondary school; thematic (quarter in title, topic line);
                                letter headings; ruled assignment table (two people in a cell, a group, an
                                empty deadline). Flags: none.
x04-khanhhoa-army-combined      Khánh Hòa, army company cell; regular + thematic, 150 min; ranks; counts and
                                vote in words; inline conclusion; "chịu trách nhiệm/phụ trách/có trách
                                nhiệm" assignments incl. a group. Flags: none.
x05-cantho-hospital-no-vote     Cần Thơ, hospital ward cell; "05.12.2024"; degrees before names; inline
                                "tóm tắt và kết luận"; "+" list assignments; no vote. Flags: missing_vote.
x06-binhduong-factory-form      Bình Dương, garment company; printed form with "……" left (Số, địa điểm,
                                signature line), 75 min, form-style vote.
                                Flags: unfilled_template, short_meeting.
x07-lamdong-coop-general        Lâm Đồng, coffee cooperative (K'Ho names); 9/10 = exactly 90 % (not low);
                                "thảo luận sôi nổi" and named opinions but no chair's conclusion; vote on
                                the direction; only a general call to all members.
                                Flags: missing_conclusion, missing_assignments.
x08-hue-retired-mono            Huế, retired members' cell; typewriter (mono) face; date and counts in
                                words; "thay mặt chi ủy kết luận" inline; "theo dõi/đảm nhận" prose.
                                Flags: none.
x09-quangninh-agency-table      Quảng Ninh, provincial department office; assignee column first in a ruled
                                table, no TT column; vote with "không biểu quyết"; no read-back.
                                Flags: not_approved.
x10-gialai-police-dense         Gia Lai, commune police cell (Jrai names); one dense page; "Chi bộ thảo
                                luận, thống nhất" only; two votes (conclusion, full membership).
                                Flags: no_discussion.
x11-soctrang-book-2025          Sóc Trăng, Khmer hamlet, minute BOOK Jan-Jun 2025 without March (5 minutes,
                                each after the first starts mid-page); May is regular + thematic; Danh Sóc
                                absent without reason in Jan, Apr, Jun (Apr in a table with an empty reason
                                cell). Minute flags: Jan unexcused_absence; Feb short_meeting; Apr
                                low_attendance + unexcused_absence; May none; Jun unexcused_absence.
                                Book flags: missing_month, no_thematic_in_quarter, repeated_absence.
x12-quangtri-scan-clean         scan only (clean, 300 dpi). Quảng Trị, Vân Kiều village; "ngày 6-8-2024";
                                no recorded opinion, general call only. Flags: no_discussion,
                                missing_assignments.
x13-dongnai-scan-moderate       scan only (moderate, 250 dpi). Đồng Nai, ward quarter cell; "05.9.2024",
                                75 min, no read-back, "(Ký, ghi rõ họ tên)" under the signatures.
                                Flags: short_meeting, not_approved, unfilled_template.
x14-laocai-scan-photocopy       scan only (photocopy, 300 dpi). Lào Cai, boarding school (Dao/Tày names);
                                opinions and assignments but neither a conclusion nor a vote.
                                Flags: missing_conclusion, missing_vote.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DOCS: list[dict] = []


# x01 — Hà Giang ---------------------------------------------------------------------------------
DOCS.append({
    "name": "x01-hagiang-village-none", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ SỦNG LÀ", "CHI BỘ THÔN LÙNG CẨM TRÊN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sủng Là, ngày 08 tháng 10 năm 2024"]),
            C("BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ"),
            C("Kỳ tháng 10 năm 2024", bold=False, italic=True),
            G(6),
            P("Hồi 19 giờ 00 ngày 08/10/2024, tại Nhà văn hóa thôn Lùng Cẩm Trên, Chi bộ thôn Lùng Cẩm Trên "
              "tiến hành họp thường kỳ tháng 10 năm 2024."),
            H("1. Thành phần dự họp"),
            P("Chi bộ có 17 đảng viên; đến dự 16 đồng chí; vắng 01 đồng chí là Lầu Mí Dình (đưa vợ đi sinh, có "
              "xin phép)."),
            P("Khách mời: đồng chí Hoàng Văn Thắng, Đảng ủy viên, cán bộ phụ trách thôn."),
            P("Đồng chí Vàng Mí Lử, Bí thư chi bộ, điều hành cuộc họp; đồng chí Sùng Thị Máy, chi ủy viên, được "
              "cử ghi biên bản."),
            H("2. Nội dung cuộc họp"),
            L("a) Thông tin, phổ biến"),
            P("Đồng chí Hoàng Văn Thắng thông báo kết quả kỳ họp Hội đồng nhân dân xã, kế hoạch tổ chức Lễ hội "
              "hoa tam giác mạch trên địa bàn huyện và yêu cầu của Đảng ủy xã về phòng, chống tảo hôn, hôn nhân "
              "cận huyết thống trong đồng bào."),
            L("b) Kiểm điểm tháng 9"),
            P("Bà con trong thôn đã thu xong ngô vụ hè thu, gieo được 6 ha tam giác mạch dọc đường lên cột cờ; "
              "100% học sinh trong độ tuổi đã ra lớp, không còn em nào bỏ học lên nương. Tổ tự quản đường biên "
              "phối hợp với Đồn Biên phòng tuần tra 8 lượt, không để xảy ra vượt biên trái phép. Tuy vậy, vẫn "
              "còn một trường hợp tổ chức cưới khi cô dâu chưa đủ tuổi, chi bộ chưa nắm được từ sớm; vệ sinh "
              "chuồng trại ở một số hộ chưa đảm bảo."),
            L("c) Nhiệm vụ tháng 10"),
            P("Chăm sóc diện tích tam giác mạch, hướng dẫn các hộ làm homestay giữ vệ sinh, niêm yết giá; tuyên "
              "truyền phòng, chống tảo hôn tới từng dòng họ; vận động các hộ làm chuồng trại cách xa nhà ở; "
              "duy trì tuần tra đường biên, mốc quốc giới."),
            L("d) Ý kiến của đảng viên"),
            P("Đồng chí Giàng Seo Chứ (Trưởng thôn) nói: nhiều khách đến chụp ảnh dẫm nát hoa của bà con, cần "
              "làm lối đi và biển báo để các hộ thu phí tham quan cho công bằng."),
            P("Đồng chí Thào Thị Dợ đề nghị nhờ trưởng các dòng họ Giàng, Vàng, Lầu cùng nói chuyện với các gia "
              "đình có con gái đến tuổi lấy chồng, vì người già nói thì con cháu nghe."),
            P("Đồng chí Mua Mí Sính cho biết tổ tự quản còn thiếu đèn pin và áo mưa, xin xã hỗ trợ trước mùa "
              "đông."),
            H("3. Kết luận"),
            P("Đồng chí Vàng Mí Lử kết luận: chi bộ nhất trí đánh giá kết quả tháng 9 và các nhiệm vụ tháng 10 "
              "như báo cáo, tiếp thu các ý kiến trên. Tháng 10 tập trung phục vụ mùa hoa cho có trật tự, làm "
              "chuyển biến rõ việc phòng, chống tảo hôn và giữ vững an ninh đường biên. Đề xuất xin hỗ trợ đèn "
              "pin, áo mưa sẽ được tổng hợp, báo cáo Đảng ủy xã."),
            P("Chi bộ biểu quyết thông qua kết luận: tán thành 16/16; không tán thành: 0; ý kiến khác: 0."),
            H("4. Phân công thực hiện"),
            P("Giao cho đồng chí Giàng Seo Chứ làm lối đi, cắm biển báo quanh ruộng hoa, xong trước ngày "
              "15/10/2024. Đồng chí Thào Thị Dợ có trách nhiệm cùng trưởng các dòng họ tuyên truyền phòng, chống "
              "tảo hôn, làm thường xuyên. Đồng chí Mua Mí Sính phối hợp với Đồn Biên phòng duy trì tuần tra "
              "đường biên hằng tuần."),
            P("Cuộc họp kết thúc lúc 21 giờ 20 phút cùng ngày. Biên bản được đọc lại cho mọi người nghe, 16/16 "
              "đồng chí nhất trí thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Sùng Thị Máy"], ["T/M CHI BỘ", "BÍ THƯ", "", "Vàng Mí Lử"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-08", "19:00", "21:20", "Nhà văn hóa thôn Lùng Cẩm Trên",
                    "CHI BỘ THÔN LÙNG CẨM TRÊN", "ĐẢNG BỘ XÃ SỦNG LÀ"),
            "Vàng Mí Lử", "Bí thư chi bộ", "Sùng Thị Máy",
            attendance(17, 16, 1, 1, 0, 0, [("Lầu Mí Dình", "đưa vợ đi sinh, có xin phép", True)],
                       [("Hoàng Văn Thắng", "Đảng ủy viên, cán bộ phụ trách thôn")]),
            True,
            [vote("kết luận tháng 10", 16, 0, 0)],
            [task("Giàng Seo Chứ", "làm lối đi, cắm biển báo quanh ruộng hoa", "15/10/2024"),
             task("Thào Thị Dợ", "cùng trưởng các dòng họ tuyên truyền phòng, chống tảo hôn", "thường xuyên"),
             task("Mua Mí Sính", "phối hợp với Đồn Biên phòng duy trì tuần tra đường biên", "hằng tuần")],
            []),
    }],
})


# x02 — Hà Nội -----------------------------------------------------------------------------------
DOCS.append({
    "name": "x02-hanoi-ward-absent-table", "folder": "test",
    "style": {"family": "dvsans", "size": 11, "justify": False, "indent": 0, "spacing": 1.4, "para_gap": 4,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG HOÀNG VĂN THỤ", "CHI BỘ TỔ DÂN PHỐ SỐ 14", "Số: 11-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hoàng Mai, ngày 10 tháng 11 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 11/2024", bold=True),
            G(8),
            L("Thời gian: 14h30, Chủ nhật ngày 10/11/2024."),
            L("Địa điểm: Nhà sinh hoạt cộng đồng tổ dân phố số 14, ngõ 260 Tân Mai."),
            L("Chủ trì: Đ/c Lê Thị Bích Ngọc – Bí thư Chi bộ."),
            L("Thư ký: Đ/c Đặng Quốc Huy – Phó Bí thư Chi bộ."),
            L("Đảng viên: tổng số 22 đ/c, trong đó được miễn sinh hoạt 03 đ/c (tuổi cao, sức yếu). Số phải dự: "
              "19 đ/c; có mặt: 16 đ/c; vắng: 03 đ/c, gồm:"),
            T([(0.08, "TT", "c"), (0.47, "Họ và tên đảng viên", "l"), (0.45, "Lý do vắng", "l")],
              [["1", "Nguyễn Thị Thanh Hoà", "Chăm mẹ nằm viện"],
               ["2", "Trần Đức Khải", "Không lý do"],
               ["3", "Phạm Minh Tuấn", "Đi công tác Đà Nẵng"]]),
            H("I. Thông tin thời sự"),
            L("Đ/c Bí thư phổ biến Kế hoạch của Đảng ủy phường về tổng kiểm tra phòng cháy, chữa cháy tại nhà ở "
              "kết hợp kinh doanh và chung cư mini; thông tin về việc thành phố bắt đầu phân loại rác tại nguồn "
              "từ đầu năm 2025."),
            H("II. Đánh giá công việc tháng 10"),
            L("– Tổ dân phố đã thu Quỹ \"Ngày vì người nghèo\" được 18.400.000 đồng, vượt chỉ tiêu phường giao. "
              "100% hộ kinh doanh ký cam kết an toàn phòng cháy; 4 nhà trọ đã lắp thang thoát hiểm phụ."),
            L("– Hạn chế: còn 2 nhà trọ chưa lắp báo cháy; rác thải vẫn bị đổ trộm ở đầu ngõ 260 vào ban đêm; "
              "sinh hoạt của một số đảng viên chưa đều, đ/c Trần Đức Khải vắng lần thứ hai không báo."),
            H("III. Nhiệm vụ tháng 11"),
            L("– Phối hợp Công an phường kiểm tra lại các nhà trọ, chung cư mini; tuyên truyền phân loại rác "
              "thành ba loại; chuẩn bị tổ chức Ngày hội Đại đoàn kết toàn dân tộc ngày 18/11."),
            H("IV. Thảo luận"),
            L("– Đ/c Vũ Văn Khang (Tổ trưởng tổ dân phố): đề nghị lắp camera ở đầu ngõ, kinh phí vận động các hộ "
              "đóng góp, tổ sẽ công khai thu chi."),
            L("– Đ/c Nguyễn Thị Kim Oanh: Chi hội Phụ nữ sẽ làm mô hình \"ngõ xanh\", mỗi hội viên nhận chăm một "
              "khóm cây; đề nghị chi bộ biểu dương đ/c Hoàng Gia Bảo đã tự bỏ tiền sửa đèn chiếu sáng trong ngõ."),
            L("– Đ/c Phùng Thế Anh: nhà trọ số 37 chủ nhà hay vắng, đề nghị công an phường làm việc trực tiếp."),
            H("V. Kết luận của đồng chí Bí thư"),
            L("Chi bộ thống nhất với đánh giá tháng 10 và nhiệm vụ tháng 11 đã nêu. Ưu tiên số một là an toàn "
              "phòng cháy ở nhà trọ, chung cư mini; song song làm tốt Ngày hội Đại đoàn kết. Đảng viên vắng sinh "
              "hoạt không lý do phải được nhắc nhở theo đúng Điều lệ."),
            L("Hội nghị biểu quyết bằng hình thức giơ tay: 16/16 đ/c có mặt nhất trí (100%)."),
            H("VI. Phân công"),
            L("– Đ/c Vũ Văn Khang: lập dự toán, vận động lắp camera đầu ngõ 260, xong trước 30/11/2024."),
            L("– Đ/c Phùng Thế Anh: cùng Cảnh sát khu vực kiểm tra nhà trọ số 37 và 2 nhà trọ chưa lắp báo cháy, "
              "trong tháng 11."),
            L("– Đ/c Nguyễn Thị Kim Oanh: triển khai mô hình \"ngõ xanh\" và tuyên truyền phân loại rác, thường "
              "xuyên."),
            L("– Đ/c Đặng Quốc Huy: chuẩn bị chương trình Ngày hội Đại đoàn kết, xong trước ngày 15/11."),
            L("– Chi ủy: gặp đ/c Trần Đức Khải nghe lý do vắng, nhắc nhở theo Điều lệ, báo cáo chi bộ tại kỳ họp "
              "tháng 12."),
            L("Sinh hoạt kết thúc lúc 17h00. Biên bản đã được đọc lại, các đồng chí dự họp không có ý kiến bổ "
              "sung và nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Đặng Quốc Huy"], ["CHỦ TRÌ", "", "", "Lê Thị Bích Ngọc"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-10", "14:30", "17:00",
                    "Nhà sinh hoạt cộng đồng tổ dân phố số 14, ngõ 260 Tân Mai", "CHI BỘ TỔ DÂN PHỐ SỐ 14",
                    "ĐẢNG BỘ PHƯỜNG HOÀNG VĂN THỤ"),
            "Lê Thị Bích Ngọc", "Bí thư Chi bộ", "Đặng Quốc Huy",
            attendance(22, 16, 3, 2, 1, 3, [("Nguyễn Thị Thanh Hoà", "Chăm mẹ nằm viện", True),
                                            ("Trần Đức Khải", "Không lý do", False),
                                            ("Phạm Minh Tuấn", "Đi công tác Đà Nẵng", True)]),
            True,
            [vote("kết luận tháng 11", 16, pct=100)],
            [task("Vũ Văn Khang", "lập dự toán, vận động lắp camera đầu ngõ 260", "30/11/2024"),
             task("Phùng Thế Anh", "cùng Cảnh sát khu vực kiểm tra nhà trọ số 37 và 2 nhà trọ chưa lắp báo cháy",
                  "tháng 11"),
             task("Nguyễn Thị Kim Oanh", "triển khai mô hình \"ngõ xanh\" và tuyên truyền phân loại rác",
                  "thường xuyên"),
             task("Đặng Quốc Huy", "chuẩn bị chương trình Ngày hội Đại đoàn kết", "15/11"),
             task("Chi ủy", "gặp đ/c Trần Đức Khải nghe lý do vắng, nhắc nhở theo Điều lệ, báo cáo chi bộ",
                  "kỳ họp tháng 12")],
            ["low_attendance", "unexcused_absence"]),
    }],
})


# x03 — Nghệ An, thematic ------------------------------------------------------------------------
DOCS.append({
    "name": "x03-nghean-school-thematic", "folder": "test",
    "style": {"family": "sans", "size": 12, "justify": True, "indent": 24, "spacing": 1.35},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ NGHI PHONG", "CHI BỘ TRƯỜNG THCS NGHI PHONG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nghi Phong, ngày 14 tháng 11 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2024"),
            C("Chuyên đề: Giáo dục đạo đức, kỹ năng sống và phòng ngừa bạo lực học đường cho học sinh",
              bold=False, italic=True),
            G(6),
            P("Vào lúc 14 giờ 00 phút ngày 14 tháng 11 năm 2024, tại phòng họp Hội đồng sư phạm Trường THCS Nghi "
              "Phong, Chi bộ tổ chức sinh hoạt chuyên đề quý IV năm 2024."),
            P("Đảng viên có mặt: 18/18 đồng chí (chính thức 16, dự bị 02), đạt 100%. Dự và chỉ đạo có đồng chí "
              "Nguyễn Thị Lam, Phó Bí thư Thường trực Đảng ủy xã."),
            P("Chủ trì: đồng chí Hồ Thị Quỳnh Như, Bí thư chi bộ, Hiệu trưởng nhà trường. Ghi biên bản: đồng chí "
              "Phan Văn Thành, chi ủy viên."),
            H("A. TRÌNH BÀY CHUYÊN ĐỀ"),
            P("Đồng chí Cao Thị Thu Hiền, Phó Hiệu trưởng, trình bày chuyên đề. Năm học 2023 – 2024 nhà trường có "
              "3 vụ học sinh xô xát ngoài cổng trường, 2 vụ bị quay clip đưa lên mạng xã hội; tỷ lệ học sinh xếp "
              "loại rèn luyện tốt đạt 87,6%. Nguyên nhân chủ yếu là nhiều em có bố mẹ đi làm xa, ở với ông bà; "
              "việc phối hợp giữa giáo viên chủ nhiệm và gia đình chưa thường xuyên; tiết sinh hoạt lớp còn nặng "
              "về nhắc nhở, ít hoạt động trải nghiệm. Chuyên đề đề xuất năm nhóm giải pháp, trong đó trọng tâm là "
              "lồng ghép kỹ năng sống vào tiết sinh hoạt lớp, lập nhóm Zalo lớp với phụ huynh và thành lập tổ tư "
              "vấn tâm lý học đường."),
            H("B. THẢO LUẬN"),
            P("Đồng chí Phan Văn Thành: đồng tình với chuyên đề; đề nghị mỗi tháng dành ít nhất hai tiết sinh "
              "hoạt lớp cho kỹ năng sống, có giáo án cụ thể chứ không để giáo viên tự xoay xở."),
            P("Đồng chí Trần Thị Hương: các em khối 8, khối 9 hay dùng điện thoại trong giờ ra chơi, nhiều mâu "
              "thuẫn bắt đầu từ tin nhắn; đề nghị nhà trường quy định rõ việc dùng điện thoại."),
            P("Đồng chí Lô Văn Sáu (đảng viên dự bị): học sinh người Thái ở bản xa ngại chia sẻ, tổ tư vấn nên có "
              "giáo viên biết tiếng Thái để các em mạnh dạn hơn."),
            P("Đồng chí Nguyễn Đình Quang, Bí thư Chi đoàn: Chi đoàn nhận tổ chức diễn đàn \"Nói không với bạo "
              "lực học đường\" vào dịp 26/3."),
            P("Đồng chí Nguyễn Thị Lam phát biểu chỉ đạo, đánh giá cao cách chọn chuyên đề sát với thực tế "
              "của nhà trường, đề nghị kết quả chuyên đề phải thể hiện thành số liệu cuối năm học."),
            H("C. KẾT LUẬN CỦA CHỦ TRÌ"),
            P("Chi bộ thống nhất nội dung chuyên đề và năm nhóm giải pháp, bổ sung quy định sử dụng điện thoại "
              "và việc cử giáo viên biết tiếng Thái vào tổ tư vấn. Mục tiêu đến cuối năm học không để xảy ra vụ "
              "bạo lực học đường nào, tỷ lệ học sinh rèn luyện tốt đạt từ 90% trở lên. Mỗi đảng viên là giáo viên "
              "chủ nhiệm phải gắn chuyên đề với kế hoạch chủ nhiệm của lớp mình."),
            P("Toàn thể 18/18 đảng viên dự họp biểu quyết tán thành, đạt tỷ lệ 100%."),
            H("D. PHÂN CÔNG TỔ CHỨC THỰC HIỆN"),
            T([(0.08, "STT", "c"), (0.46, "Việc cần làm", "l"), (0.26, "Người đảm nhận", "l"),
               (0.20, "Hạn hoàn thành", "l")],
              [["1", "Soạn bộ giáo án kỹ năng sống cho tiết sinh hoạt lớp các khối 6 – 9", "Đ/c Phan Văn Thành",
                "Trước 30/11/2024"],
               ["2", "Dự thảo quy định sử dụng điện thoại di động của học sinh", "Đ/c Trần Thị Hương, đ/c Lô Văn Sáu",
                "Tháng 12/2024"],
               ["3", "Thành lập tổ tư vấn tâm lý học đường", "Đ/c Cao Thị Thu Hiền", "Học kỳ I"],
               ["4", "Tổ chức diễn đàn \"Nói không với bạo lực học đường\"", "Chi đoàn giáo viên", ""],
               ["5", "Theo dõi, báo cáo tình hình rèn luyện của học sinh", "Tổ chủ nhiệm",
                "Hằng tháng"]]),
            G(4),
            P("Buổi sinh hoạt chuyên đề kết thúc hồi 16 giờ 15 phút cùng ngày. Biên bản đã được thông qua trước "
              "chi bộ, toàn thể đảng viên nhất trí với nội dung ghi trên."),
            S(["THƯ KÝ", "", "", "Phan Văn Thành"], ["T/M CHI BỘ", "BÍ THƯ", "", "Hồ Thị Quỳnh Như"]),
        ],
        "truth": minute(
            meeting("thematic", "2024-11-14", "14:00", "16:15", "phòng họp Hội đồng sư phạm Trường THCS Nghi Phong",
                    "CHI BỘ TRƯỜNG THCS NGHI PHONG", "ĐẢNG BỘ XÃ NGHI PHONG",
                    topic="Giáo dục đạo đức, kỹ năng sống và phòng ngừa bạo lực học đường cho học sinh"),
            "Hồ Thị Quỳnh Như", "Bí thư chi bộ", "Phan Văn Thành",
            attendance(18, 18, 0, 0, 0, 0, [], [("Nguyễn Thị Lam", "Phó Bí thư Thường trực Đảng ủy xã")]),
            True,
            [vote("nội dung chuyên đề và kết luận", 18, pct=100)],
            [task("Phan Văn Thành", "Soạn bộ giáo án kỹ năng sống cho tiết sinh hoạt lớp các khối 6 – 9",
                  "30/11/2024"),
             task("Trần Thị Hương", "Dự thảo quy định sử dụng điện thoại di động của học sinh", "Tháng 12/2024"),
             task("Lô Văn Sáu", "Dự thảo quy định sử dụng điện thoại di động của học sinh", "Tháng 12/2024"),
             task("Cao Thị Thu Hiền", "Thành lập tổ tư vấn tâm lý học đường", "Học kỳ I"),
             task("Chi đoàn giáo viên", "Tổ chức diễn đàn \"Nói không với bạo lực học đường\"", None),
             task("Tổ chủ nhiệm", "Theo dõi, báo cáo tình hình rèn luyện của học sinh", "Hằng tháng")],
            []),
    }],
})


# x04 — Khánh Hòa, army, combined ----------------------------------------------------------------
DOCS.append({
    "name": "x04-khanhhoa-army-combined", "folder": "test",
    "style": {"family": "dejavu", "size": 11, "justify": True, "indent": 22, "spacing": 1.3, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY TIỂU ĐOÀN 3", "CHI BỘ ĐẠI ĐỘI 9", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cam Lâm, ngày 20 tháng 3 năm 2025"]),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ"),
            C("Sinh hoạt thường kỳ tháng 3 kết hợp sinh hoạt chuyên đề quý I năm 2025", bold=False),
            C("Chuyên đề: Nêu cao ý thức tổ chức kỷ luật, xây dựng đơn vị chính quy", bold=False, italic=True),
            G(6),
            L("- Thời gian: từ 7 giờ 30 đến 10 giờ 00, ngày 20 tháng 3 năm 2025."),
            L("- Địa điểm: Hội trường Đại đội 9."),
            L("- Chủ tọa: đồng chí Thượng úy Nguyễn Đình Phong, Bí thư chi bộ, Chính trị viên đại đội."),
            L("- Thư ký: đồng chí Trung úy Lò Văn Khiêm, chi ủy viên."),
            L("- Quân số đảng viên: chi bộ có mười một đồng chí; có mặt mười đồng chí; vắng một đồng chí (đồng chí "
              "Hà Văn Tuấn đi học tại Trường Quân sự Quân khu 5)."),
            L("- Dự và chỉ đạo: đồng chí Đại úy Phạm Xuân Trường, Phó Chính ủy Tiểu đoàn."),
            H("PHẦN MỘT – SINH HOẠT THƯỜNG KỲ"),
            P("1. Đồng chí Đại đội trưởng Đinh Văn Khâm báo cáo tình hình tháng 3: đơn vị duy trì nghiêm chế độ "
              "ngày, tuần; hoàn thành giai đoạn huấn luyện chiến sĩ mới, kiểm tra bắn súng tiểu liên bài 1 đạt "
              "96,2%, trong đó giỏi 41,5%; bảo đảm an toàn tuyệt đối người, vũ khí, trang bị. Còn 2 trường hợp "
              "chiến sĩ sử dụng điện thoại không đúng quy định, 1 trường hợp về phép chậm một ngày."),
            P("2. Nhiệm vụ tháng 4: chuẩn bị kiểm tra điều lệnh, xây dựng chính quy của Trung đoàn; tăng gia sản "
              "xuất khu vườn đơn vị; phòng, chống cháy rừng khu vực thao trường mùa khô; tổ chức các hoạt động "
              "kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước."),
            H("PHẦN HAI – SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Lò Văn Khiêm trình bày chuyên đề, phân tích những biểu hiện xem nhẹ kỷ luật trong bộ đội "
              "như tùy tiện dùng mạng xã hội, nói năng thiếu chuẩn mực, làm việc qua loa khi không có cán bộ; nêu "
              "trách nhiệm nêu gương của đảng viên là cán bộ tiểu đội, trung đội."),
            P("Ý kiến thảo luận:"),
            P("Đồng chí Y Sơn Niê, Trung đội trưởng trung đội 2, phát biểu: chiến sĩ mới chưa quen quản lý điện "
              "thoại, đề nghị cho gửi tập trung và chỉ sử dụng vào giờ quy định ngày thứ Bảy, Chủ nhật."),
            P("Đồng chí Nguyễn Hữu Lộc nêu ý kiến: cán bộ phải nói đi đôi với làm, mình đúng giờ thì anh em mới "
              "đúng giờ; đề nghị công khai kết quả chấp hành kỷ luật từng tiểu đội hằng tuần."),
            P("Đồng chí Đinh Văn Khâm tự phê bình việc để một chiến sĩ về phép chậm mà đại đội báo cáo lên "
              "tiểu đoàn chưa kịp thời."),
            P("Đồng chí Phạm Xuân Trường phát biểu chỉ đạo, biểu dương chi bộ chuẩn bị chuyên đề công phu."),
            P("Đồng chí chủ tọa phát biểu kết luận: chi bộ thống nhất đánh giá kết quả tháng 3 và nhiệm vụ tháng 4; "
              "tiếp thu nội dung chuyên đề, lấy việc chấp hành kỷ luật làm tiêu chí đánh giá đảng viên hằng tháng; "
              "mỗi đảng viên viết bản đăng ký rèn luyện kỷ luật gắn với chức trách; thực hiện quản lý điện thoại "
              "như ý kiến đồng chí Y Sơn Niê."),
            P("Biểu quyết nghị quyết tháng 3: mười trên mười đồng chí có mặt tán thành, đạt một trăm phần trăm."),
            P("Đồng chí Lò Văn Khiêm chịu trách nhiệm tổng hợp bản đăng ký rèn luyện kỷ luật của đảng viên, nộp "
              "Đảng ủy Tiểu đoàn trước ngày 31/3/2025. Đồng chí Y Sơn Niê phụ trách xây dựng quy định quản lý "
              "điện thoại của đại đội, xong trong tuần đầu tháng 4. Đồng chí Đinh Văn Khâm chỉ đạo chuẩn bị kiểm "
              "tra điều lệnh, xây dựng chính quy, hoàn thành trước ngày 25/4/2025. Tổ đảng trung đội 1 có trách "
              "nhiệm duy trì lực lượng trực phòng cháy rừng tại thao trường trong suốt mùa khô."),
            P("Hội nghị kết thúc lúc 10 giờ 00 cùng ngày. Biên bản đã được đọc lại trước chi bộ, 10/10 đồng chí "
              "nhất trí."),
            S(["THƯ KÝ", "", "", "Trung úy Lò Văn Khiêm"], ["CHỦ TỌA", "", "", "Thượng úy Nguyễn Đình Phong"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-20", "07:30", "10:00", "Hội trường Đại đội 9", "CHI BỘ ĐẠI ĐỘI 9",
                    "ĐẢNG ỦY TIỂU ĐOÀN 3",
                    topic="Nêu cao ý thức tổ chức kỷ luật, xây dựng đơn vị chính quy"),
            "Nguyễn Đình Phong", "Bí thư chi bộ", "Lò Văn Khiêm",
            attendance(11, 10, 1, 1, 0, 0, [("Hà Văn Tuấn", "đi học tại Trường Quân sự Quân khu 5", True)],
                       [("Phạm Xuân Trường", "Phó Chính ủy Tiểu đoàn")]),
            True,
            [vote("nghị quyết tháng 3", 10, pct=100)],
            [task("Lò Văn Khiêm", "tổng hợp bản đăng ký rèn luyện kỷ luật của đảng viên, nộp Đảng ủy Tiểu đoàn",
                  "31/3/2025"),
             task("Y Sơn Niê", "xây dựng quy định quản lý điện thoại của đại đội", "tuần đầu tháng 4"),
             task("Đinh Văn Khâm", "chỉ đạo chuẩn bị kiểm tra điều lệnh, xây dựng chính quy", "25/4/2025"),
             task("Tổ đảng trung đội 1", "duy trì lực lượng trực phòng cháy rừng tại thao trường",
                  "suốt mùa khô")],
            []),
    }],
})


# x05 — Cần Thơ, hospital, no vote ---------------------------------------------------------------
DOCS.append({
    "name": "x05-cantho-hospital-no-vote", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 36, "spacing": 1.25, "left": 70,
              "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRUNG TÂM Y TẾ HUYỆN PHONG ĐIỀN", "CHI BỘ KHOA NỘI – NHI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phong Điền, ngày 05 tháng 12 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 12 NĂM 2024", size=13),
            G(8),
            P("Hôm nay, vào lúc 16 giờ 30 phút, ngày 05.12.2024, tại phòng giao ban Khoa Nội – Nhi, Chi bộ Khoa "
              "Nội – Nhi tổ chức sinh hoạt định kỳ tháng 12."),
            P("Chủ trì: BSCKII. Trần Thị Mỹ Hạnh, Bí thư chi bộ, Trưởng khoa. Thư ký: ThS.ĐD. Võ Thanh Tâm."),
            P("Có mặt: 13/14 đảng viên; vắng 01: đ/c Lê Hoàng Phúc – trực cấp cứu."),
            L("NỘI DUNG"),
            P("1. Đồng chí Bí thư thông tin Kế hoạch của Sở Y tế về phòng, chống sốt xuất huyết và tay chân miệng "
              "cuối năm; Hướng dẫn của Đảng ủy Trung tâm về kiểm điểm, đánh giá, xếp loại đảng viên năm 2024."),
            P("2. Kết quả tháng 11: khoa tiếp nhận 1.126 lượt bệnh nhân, điều trị nội trú 312 ca, trong đó "
              "sốt xuất huyết 47 ca, không có tử vong; công suất giường bệnh 118%. Khảo sát hài lòng người bệnh "
              "đạt 92%. Hạn chế: thời gian chờ làm xét nghiệm buổi sáng còn dài; 1 trường hợp người nhà phản ánh "
              "điều dưỡng trả lời thiếu nhẹ nhàng, khoa đã kiểm điểm và xin lỗi gia đình."),
            P("3. Nhiệm vụ tháng 12: duy trì phân luồng bệnh nhân sốt; hoàn thành kiểm điểm cuối năm; chuẩn bị "
              "đón đoàn kiểm tra bệnh viện cuối năm của Sở Y tế; tổ chức thăm hỏi bệnh nhi nghèo dịp Tết Dương lịch."),
            P("Ý kiến của đảng viên:"),
            P("+ Đ/c Nguyễn Thị Bé Tư: đề nghị lấy máu xét nghiệm từ 5 giờ 30 cho bệnh nhân nội trú để bác sĩ có "
              "kết quả trước giờ đi buồng."),
            P("+ Đ/c Dương Minh Khoa: nên in sẵn tờ hướng dẫn chăm sóc trẻ sốt xuất huyết tại nhà để phát khi ra "
              "viện, đỡ cho điều dưỡng phải giải thích nhiều lần."),
            P("+ Đ/c Võ Thanh Tâm: xin chi bộ cho điều dưỡng trẻ học lớp giao tiếp ứng xử do bệnh viện tỉnh tổ chức."),
            P("Đồng chí Bí thư tóm tắt và kết luận: chi bộ thống nhất kết quả tháng 11 và nhiệm vụ tháng 12; chấp "
              "nhận đề xuất lấy máu sớm và in tờ hướng dẫn; mỗi đảng viên tự kiểm điểm nghiêm túc, nộp bản kiểm "
              "điểm đúng hạn; không để xảy ra thêm phản ánh về thái độ phục vụ."),
            P("Phân công:"),
            P("+ Đ/c Nguyễn Thị Bé Tư phối hợp Khoa Xét nghiệm điều chỉnh giờ lấy mẫu, xong trước ngày 10/12/2024."),
            P("+ Đ/c Dương Minh Khoa soạn và in tờ hướng dẫn chăm sóc trẻ sốt xuất huyết, xong trước ngày 15/12."),
            P("+ Đ/c Võ Thanh Tâm lập danh sách điều dưỡng đi học lớp giao tiếp ứng xử, gửi phòng Tổ chức trong tháng 12."),
            P("+ Chi ủy tổng hợp bản kiểm điểm của đảng viên, báo cáo Đảng ủy Trung tâm trước 20/12/2024."),
            P("Biên bản được thông qua lúc 18 giờ 15 phút cùng ngày, các đồng chí dự họp thống nhất với nội dung "
              "đã ghi."),
            S(["THƯ KÝ", "", "", "Võ Thanh Tâm"], ["BÍ THƯ", "", "", "Trần Thị Mỹ Hạnh"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-05", "16:30", "18:15", "phòng giao ban Khoa Nội – Nhi",
                    "CHI BỘ KHOA NỘI – NHI", "ĐẢNG BỘ TRUNG TÂM Y TẾ HUYỆN PHONG ĐIỀN"),
            "Trần Thị Mỹ Hạnh", "Bí thư chi bộ", "Võ Thanh Tâm",
            attendance(14, 13, 1, 1, 0, 0, [("Lê Hoàng Phúc", "trực cấp cứu", True)]),
            True,
            [],
            [task("Nguyễn Thị Bé Tư", "phối hợp Khoa Xét nghiệm điều chỉnh giờ lấy mẫu", "10/12/2024"),
             task("Dương Minh Khoa", "soạn và in tờ hướng dẫn chăm sóc trẻ sốt xuất huyết", "15/12"),
             task("Võ Thanh Tâm", "lập danh sách điều dưỡng đi học lớp giao tiếp ứng xử, gửi phòng Tổ chức",
                  "tháng 12"),
             task("Chi ủy", "tổng hợp bản kiểm điểm của đảng viên, báo cáo Đảng ủy Trung tâm", "20/12/2024")],
            ["missing_vote"]),
    }],
})


# x06 — Bình Dương, printed form -----------------------------------------------------------------
DOCS.append({
    "name": "x06-binhduong-factory-form", "folder": "test",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.5, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY CÔNG TY CỔ PHẦN MAY PHÚ AN", "CHI BỘ XƯỞNG MAY 2", "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thuận An, ngày 17 tháng 01 năm 2025"]),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01 NĂM 2025"),
            G(8),
            L("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("1. Thời gian: Bắt đầu 16 giờ 45 phút, kết thúc 18 giờ 00 phút, ngày 17/01/2025."),
            L("2. Địa điểm: ……………………………………"),
            L("3. Tổng số đảng viên: 12 ; Có mặt: 11 ; Vắng: 01 (có lý do: 01 ; không lý do: 0)"),
            L("4. Chủ trì: Nguyễn Văn Hải          Chức vụ: Bí thư chi bộ"),
            L("5. Thư ký: Trương Thị Kim Loan"),
            L("II. NỘI DUNG"),
            L("1. Thông tin, quán triệt: Thông báo của Đảng ủy Công ty về chế độ thưởng Tết Ất Tỵ và lịch nghỉ "
              "Tết của công nhân từ 25/01 đến hết 02/02/2025."),
            L("2. Đánh giá tháng 12/2024: Xưởng hoàn thành 103% kế hoạch sản lượng, xuất đủ 3 đơn hàng áo jacket "
              "cho khách Hàn Quốc; tỷ lệ hàng lỗi 1,8%. Tồn tại: chuyền 4 thường xuyên tăng ca quá giờ, một số công "
              "nhân mới nghỉ việc không báo trước."),
            L("3. Nhiệm vụ tháng 01/2025: Bảo đảm giao hàng trước Tết, chi trả lương, thưởng đúng hạn, phối hợp "
              "Công đoàn tặng quà công nhân khó khăn, lo xe đưa công nhân về quê ăn Tết."),
            L("4. Ý kiến thảo luận:"),
            L("- Đ/c Lý Văn Cường (tổ trưởng chuyền 4): đề nghị bổ sung 5 công nhân cho chuyền 4 để không phải tăng "
              "ca quá 40 giờ/tháng."),
            L("- Đ/c Nguyễn Thị Mộng Tuyền (Chủ tịch Công đoàn bộ phận): đã có danh sách 37 công nhân khó khăn, "
              "đề nghị chi bộ vận động đảng viên đóng góp thêm."),
            L("5. Kết luận của chủ trì: Chi bộ thống nhất ưu tiên hoàn thành đơn hàng tháng 01 nhưng không để "
              "chuyền nào tăng ca quá quy định; mỗi đảng viên ủng hộ ít nhất 200.000 đồng cho quỹ quà Tết công nhân."),
            L("6. Biểu quyết: Tán thành: 11/11 ; Không tán thành: 0 ; Ý kiến khác: 0"),
            L("7. Phân công thực hiện:"),
            L("- Đ/c Lý Văn Cường: đề xuất với phòng Nhân sự tuyển bổ sung công nhân cho chuyền 4 – trước 22/01/2025."),
            L("- Đ/c Nguyễn Thị Mộng Tuyền: tổ chức trao quà cho công nhân khó khăn – trước ngày 24/01/2025."),
            L("- Đ/c Trương Thị Kim Loan: thu tiền ủng hộ của đảng viên – trong tuần này."),
            L("III. KẾT THÚC"),
            L("Biên bản đã được đọc lại cho chi bộ nghe, các đồng chí nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Trương Thị Kim Loan"], ["CHỦ TRÌ", "", "", "Nguyễn Văn Hải"]),
        ],
        "truth": minute(
            meeting("regular", "2025-01-17", "16:45", "18:00", None, "CHI BỘ XƯỞNG MAY 2",
                    "ĐẢNG ỦY CÔNG TY CỔ PHẦN MAY PHÚ AN"),
            "Nguyễn Văn Hải", "Bí thư chi bộ", "Trương Thị Kim Loan",
            attendance(12, 11, 1, 1, 0, 0),
            True,
            [vote("kết luận tháng 01", 11, 0, 0)],
            [task("Lý Văn Cường", "đề xuất với phòng Nhân sự tuyển bổ sung công nhân cho chuyền 4", "22/01/2025"),
             task("Nguyễn Thị Mộng Tuyền", "tổ chức trao quà cho công nhân khó khăn", "24/01/2025"),
             task("Trương Thị Kim Loan", "thu tiền ủng hộ của đảng viên", "tuần này")],
            ["short_meeting", "unfilled_template"]),
    }],
})


# x07 — Lâm Đồng, cooperative, no conclusion, general call ---------------------------------------
DOCS.append({
    "name": "x07-lamdong-coop-general", "folder": "test",
    "style": {"family": "serif", "size": 14, "justify": True, "indent": 40, "spacing": 1.2, "para_gap": 5},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ TÀ NĂNG", "CHI BỘ HỢP TÁC XÃ", "NÔNG NGHIỆP CÀ PHÊ TÀ NĂNG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tà Năng, ngày 06 tháng 12 năm 2024"], bold_left=(1, 2)),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 12 NĂM 2024"),
            G(8),
            P("Lúc 7 giờ 30 phút sáng ngày 06/12/2024, Chi bộ Hợp tác xã nông nghiệp cà phê Tà Năng họp tại văn "
              "phòng hợp tác xã, thôn Tu Tra."),
            P("Đảng viên có mặt 9/10 đồng chí, vắng 1 đồng chí: Ka Nhung (nghỉ sinh con)."),
            P("Đồng chí K'Brơi, Bí thư chi bộ kiêm Giám đốc hợp tác xã, chủ trì; đồng chí Nguyễn Thị Ngọc Thủy ghi "
              "biên bản."),
            P("Đồng chí K'Brơi báo cáo kết quả tháng 11: hợp tác xã đã thu mua 186 tấn cà phê tươi của xã viên, "
              "giá bình quân 26.500 đồng/kg, cao hơn năm trước gần gấp đôi; sơ chế ướt được 60 tấn theo quy trình "
              "cà phê đặc sản; 14 hộ người K'Ho được cấp mã số vùng trồng. Hạn chế: sân phơi không đủ, một phần cà "
              "phê phải phơi trên bạt ở đường thôn; hai xã viên bán cà phê xanh non cho thương lái, ảnh hưởng uy tín "
              "của hợp tác xã."),
            P("Phương hướng tháng 12: tập trung thu mua, sơ chế hết sản lượng vụ mùa; làm hồ sơ đề nghị hỗ trợ "
              "xây nhà kính sấy cà phê; tuyên truyền xã viên không hái cà phê xanh; chuẩn bị đại hội thường niên "
              "của hợp tác xã."),
            P("Chi bộ thảo luận sôi nổi, thống nhất với dự thảo báo cáo. Một số ý kiến cụ thể:"),
            P("– Đồng chí Bon Niêng Ha Lim: giá cà phê cao nên trộm cà phê trên rẫy tăng, đề nghị các thôn tổ chức "
              "canh giữ ban đêm."),
            P("– Đồng chí Trần Văn Đức: nhà kính sấy rất cần, nhưng phải có phương án vốn đối ứng rõ ràng trước "
              "khi trình đại hội xã viên."),
            P("– Đồng chí Ka Sương: nên trả thêm 500 đồng/kg cho hộ hái chín trên 95% để khuyến khích."),
            P("Biểu quyết thông qua phương hướng tháng 12: 9/9 đồng chí có mặt tán thành."),
            P("Đề nghị toàn thể đảng viên tích cực tuyên truyền, vận động xã viên và bà con thực hiện tốt các nhiệm "
              "vụ đã đề ra, gương mẫu trong sản xuất, thu hoạch."),
            P("Cuộc họp kết thúc lúc 9 giờ 30 phút cùng ngày. Biên bản đã đọc lại cho chi bộ nghe, không có ý kiến "
              "khác, mọi người nhất trí."),
            S(["THƯ KÝ", "", "", "Nguyễn Thị Ngọc Thủy"], ["CHỦ TRÌ", "", "", "K'Brơi"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-06", "07:30", "09:30", "văn phòng hợp tác xã, thôn Tu Tra",
                    "CHI BỘ HỢP TÁC XÃ NÔNG NGHIỆP CÀ PHÊ TÀ NĂNG", "ĐẢNG BỘ XÃ TÀ NĂNG"),
            "K'Brơi", "Bí thư chi bộ", "Nguyễn Thị Ngọc Thủy",
            attendance(10, 9, 1, 1, 0, 0, [("Ka Nhung", "nghỉ sinh con", True)]),
            False,
            [vote("phương hướng tháng 12", 9)],
            [],
            ["missing_assignments", "missing_conclusion"]),
    }],
})


# x08 — Huế, retired members, typewriter ---------------------------------------------------------
DOCS.append({
    "name": "x08-hue-retired-mono", "folder": "test",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.5, "para_gap": 6,
              "left": 72, "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG VỸ DẠ", "CHI BỘ CÁN BỘ HƯU TRÍ", "***"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vỹ Dạ, ngày 15 tháng 4 năm 2025"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ KỲ THÁNG 4 NĂM 2025"),
            G(8),
            L("Hôm nay, ngày mười lăm tháng tư năm hai nghìn không trăm hai mươi lăm, lúc 8 giờ sáng, tại nhà "
              "đồng chí Tôn Thất Hòa (số 12 kiệt 45 Nguyễn Sinh Cung), Chi bộ cán bộ hưu trí họp kỳ tháng 4."),
            L("Tổng số đảng viên: hai mươi sáu (26) đồng chí, trong đó miễn sinh hoạt bảy (07) đồng chí vì tuổi "
              "cao, sức yếu. Phải dự: mười chín đồng chí; có mặt mười tám; vắng một: đồng chí Tôn Nữ Thị Diệu "
              "(đang nằm viện Trung ương Huế)."),
            L("Đồng chí Lê Văn Thuận, Bí thư chi bộ, chủ trì; đồng chí Hoàng Thị Thuỷ làm thư ký."),
            L("* Phần thông tin:"),
            L("Đồng chí Bí thư thông tin chủ trương sắp xếp lại đơn vị hành chính, không tổ chức cấp huyện; "
              "chương trình kỷ niệm 50 năm giải phóng Thừa Thiên Huế (26/3) và giải phóng miền Nam, thống nhất đất "
              "nước (30/4) của phường."),
            L("* Kiểm điểm tháng 3:"),
            L("Chi bộ đã dự đủ các buổi mít tinh kỷ niệm ngày giải phóng quê hương; thăm hỏi 3 đảng viên ốm đau, "
              "phúng viếng 1 đảng viên từ trần; trao Huy hiệu 70 năm tuổi Đảng cho đồng chí Nguyễn Đình Kỳ. Đảng phí thu "
              "đủ 100%. Hạn chế: việc góp ý cho chi bộ khu dân cư về tình trạng lấn chiếm vỉa hè ở đường Nguyễn "
              "Sinh Cung chưa được tiếp thu kịp thời."),
            L("* Công việc tháng 4:"),
            L("Tham gia lễ kỷ niệm 30/4 của phường; góp ý dự thảo các văn kiện trình Đại hội Đảng bộ phường; "
              "chuẩn bị trao Huy hiệu 60 năm tuổi Đảng đợt 19/5."),
            L("* Ý kiến:"),
            L("Đồng chí Nguyễn Đình Kỳ: đề nghị góp ý văn kiện bằng văn bản, mỗi đồng chí viết một trang, người "
              "già nói dễ quên."),
            L("Đồng chí Phan Thị Hoa: nhắc chi bộ quan tâm các đồng chí miễn sinh hoạt, ít nhất quý một lần đến "
              "thăm và thông tin cho các đồng chí ấy."),
            L("Đồng chí Trương Công Lãm: việc lấn chiếm vỉa hè cần đề nghị phường xử lý dứt điểm, chi bộ hưu trí "
              "chỉ nên góp ý, không làm thay."),
            L("Đồng chí Bí thư thay mặt chi ủy kết luận: thống nhất các nội dung đã báo cáo; góp ý văn kiện bằng "
              "văn bản như ý kiến đồng chí Kỳ; tăng cường thăm hỏi, thông tin cho bảy đồng chí miễn "
              "sinh hoạt. Chi bộ biểu quyết nhất trí 18/18 (100%)."),
            L("Đồng chí Trương Công Lãm theo dõi, tổng hợp các bản góp ý văn kiện, nộp Đảng ủy phường trước ngày "
              "30/4/2025. Đồng chí Phan Thị Hoa đảm nhận việc thăm hỏi các đồng chí miễn sinh hoạt cùng chi ủy, "
              "xong trong tháng 4. Đồng chí Hoàng Thị Thuỷ lo thủ tục đề nghị trao Huy hiệu 60 năm tuổi Đảng, "
              "trước ngày 05/5/2025."),
            L("Buổi họp kết thúc 10 giờ 05 phút. Biên bản đọc lại, mọi người nhất trí."),
            S(["THƯ KÝ", "", "", "Hoàng Thị Thuỷ"], ["BÍ THƯ", "", "", "Lê Văn Thuận"]),
        ],
        "truth": minute(
            meeting("regular", "2025-04-15", "08:00", "10:05", "nhà đồng chí Tôn Thất Hòa (số 12 kiệt 45 Nguyễn "
                    "Sinh Cung)", "CHI BỘ CÁN BỘ HƯU TRÍ", "ĐẢNG BỘ PHƯỜNG VỸ DẠ"),
            "Lê Văn Thuận", "Bí thư chi bộ", "Hoàng Thị Thuỷ",
            attendance(26, 18, 1, 1, 0, 7, [("Tôn Nữ Thị Diệu", "đang nằm viện Trung ương Huế", True)]),
            True,
            [vote("kết luận tháng 4", 18, pct=100)],
            [task("Trương Công Lãm", "theo dõi, tổng hợp các bản góp ý văn kiện, nộp Đảng ủy phường", "30/4/2025"),
             task("Phan Thị Hoa", "thăm hỏi các đồng chí miễn sinh hoạt cùng chi ủy", "tháng 4"),
             task("Hoàng Thị Thuỷ", "lo thủ tục đề nghị trao Huy hiệu 60 năm tuổi Đảng", "05/5/2025")],
            []),
    }],
})


# x09 — Quảng Ninh, agency, not approved ---------------------------------------------------------
DOCS.append({
    "name": "x09-quangninh-agency-table", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 28, "spacing": 1.4,
              "head": "Chi bộ Văn phòng Sở – biên bản sinh hoạt tháng 6/2024", "head_align": "right"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "CHI BỘ VĂN PHÒNG SỞ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hạ Long, ngày 14 tháng 6 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ"),
            C("THÁNG 6 NĂM 2024"),
            G(6),
            P("Thời gian: 14 giờ 30' ngày 14/6/2024. Địa điểm: Phòng họp tầng 3, trụ sở Sở Tài nguyên và Môi "
              "trường."),
            P("Số đảng viên của chi bộ: 11 đồng chí; có mặt: 10 đồng chí; vắng: 01 – đồng chí Phạm Quang Vinh, "
              "Bí thư chi bộ (đi công tác)."),
            P("Điều hành: đồng chí Vũ Minh Tuấn, Phó Bí thư chi bộ, Chánh Văn phòng Sở. Ghi biên bản: đồng chí Đào "
              "Thị Thu Trang."),
            H("Nội dung 1: Đánh giá kết quả tháng 5/2024"),
            P("Văn phòng đã tiếp nhận và chuyển xử lý 1.342 văn bản đến, phát hành 618 văn bản đi, 100% qua hệ "
              "thống quản lý văn bản điện tử có ký số. Bộ phận một cửa tiếp nhận 2.105 hồ sơ đất đai, trả đúng hạn "
              "97,8%; còn 46 hồ sơ trễ hạn chủ yếu do chờ xác minh nguồn gốc đất từ cấp xã. Chi bộ hoàn thành "
              "việc học tập các chuyên đề năm 2024, 11/11 đảng viên có bài thu hoạch."),
            H("Nội dung 2: Nhiệm vụ tháng 6/2024"),
            P("Hoàn thành báo cáo sơ kết 6 tháng của Sở; rà soát thủ tục hành chính để cắt giảm thời gian giải "
              "quyết; chuẩn bị phương án bảo vệ hồ sơ, tài liệu lưu trữ trong mùa mưa bão; tổ chức hoạt động hè "
              "cho con cán bộ, công chức."),
            H("Nội dung 3: Ý kiến tham gia"),
            P("Đ/c Hoàng Thị Minh Nguyệt: đề nghị Văn phòng có văn bản đôn đốc Ủy ban nhân dân các xã trả lời "
              "xác minh trong 5 ngày làm việc, quá hạn thì báo cáo lãnh đạo Sở."),
            P("Đ/c Lưu Văn Đông: kho lưu trữ ở tầng 1 năm ngoái bị thấm nước, cần kê cao toàn bộ giá tài liệu và "
              "kiểm tra hệ thống thoát nước trước tháng 7."),
            P("Đ/c Bế Thị Ngọc Ánh: nhất trí với báo cáo; đề nghị biểu dương tổ một cửa đã trả hồ sơ đúng hạn cao "
              "nhất từ đầu năm."),
            H("Kết luận"),
            P("Đồng chí chủ trì kết luận: chi bộ thống nhất đánh giá kết quả tháng 5 và nhiệm vụ tháng 6 như báo "
              "cáo; tiếp thu ý kiến về đôn đốc xác minh và bảo vệ kho lưu trữ; giao các cá nhân thực hiện theo "
              "bảng dưới đây."),
            P("Kết quả biểu quyết: tán thành 10/10 đồng chí có mặt; không tán thành: 0; không biểu quyết: 0."),
            T([(0.30, "Người chủ trì thực hiện", "l"), (0.50, "Nội dung công việc", "l"), (0.20, "Thời hạn", "l")],
              [["Đ/c Hoàng Thị Minh Nguyệt", "Rà soát, cập nhật danh mục thủ tục hành chính lĩnh vực đất đai trên "
                "Cổng dịch vụ công", "Trước 30/6/2024"],
               ["Đ/c Đào Thị Thu Trang", "Hoàn thiện dự thảo báo cáo sơ kết 6 tháng đầu năm của Sở", "05/7/2024"],
               ["Đ/c Vũ Minh Tuấn – đ/c Lưu Văn Đông", "Kiểm tra, kê cao giá tài liệu và hệ thống thoát nước kho "
                "lưu trữ tầng 1", "Tháng 6/2024"],
               ["Tổ Công đoàn Văn phòng", "Tổ chức hoạt động hè cho con cán bộ, công chức", "Tháng 7/2024"]]),
            G(4),
            P("Hội nghị kết thúc lúc 16 giờ 40 phút cùng ngày."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Đào Thị Thu Trang"], ["CHỦ TRÌ", "PHÓ BÍ THƯ", "", "Vũ Minh Tuấn"]),
        ],
        "truth": minute(
            meeting("regular", "2024-06-14", "14:30", "16:40",
                    "Phòng họp tầng 3, trụ sở Sở Tài nguyên và Môi trường", "CHI BỘ VĂN PHÒNG SỞ",
                    "ĐẢNG BỘ SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
            "Vũ Minh Tuấn", "Phó Bí thư chi bộ", "Đào Thị Thu Trang",
            attendance(11, 10, 1, 1, 0, 0, [("Phạm Quang Vinh", "đi công tác", True)]),
            True,
            [vote("kết luận tháng 6", 10, 0, 0)],
            [task("Hoàng Thị Minh Nguyệt", "Rà soát, cập nhật danh mục thủ tục hành chính lĩnh vực đất đai trên "
                  "Cổng dịch vụ công", "30/6/2024"),
             task("Đào Thị Thu Trang", "Hoàn thiện dự thảo báo cáo sơ kết 6 tháng đầu năm của Sở", "05/7/2024"),
             task("Vũ Minh Tuấn", "Kiểm tra, kê cao giá tài liệu và hệ thống thoát nước kho lưu trữ tầng 1",
                  "Tháng 6/2024"),
             task("Lưu Văn Đông", "Kiểm tra, kê cao giá tài liệu và hệ thống thoát nước kho lưu trữ tầng 1",
                  "Tháng 6/2024"),
             task("Tổ Công đoàn Văn phòng", "Tổ chức hoạt động hè cho con cán bộ, công chức", "Tháng 7/2024")],
            ["not_approved"]),
    }],
})


# x10 — Gia Lai, commune police, no recorded opinion ---------------------------------------------
DOCS.append({
    "name": "x10-gialai-police-dense", "folder": "test",
    "style": {"family": "serif", "size": 11, "justify": True, "indent": 20, "spacing": 1.15, "para_gap": 1,
              "left": 65, "right": 45, "top": 45},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG AN HUYỆN IA GRAI", "CHI BỘ CÔNG AN XÃ IA DÊR", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ia Dêr, ngày 22 tháng 8 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2024"),
            G(4),
            P("Thời gian: 14h00 ngày 22/8/2024. Địa điểm: Hội trường Công an xã Ia Dêr. Chủ trì: Thiếu tá Trần Quốc "
              "Việt – Bí thư chi bộ, Trưởng Công an xã. Ghi biên bản: Đại úy Siu Hyưn. Đảng viên: 09 đồng chí "
              "(08 chính thức, 01 dự bị); có mặt 9/9."),
            P("I. Đồng chí Bí thư thông tin tình hình an ninh chính trị trên địa bàn Tây Nguyên sau vụ khủng bố tại "
              "hai xã Ea Tiêu, Ea Ktur (Đắk Lắk) năm 2023 và các thủ đoạn lôi kéo người dân theo tà đạo, vượt biên "
              "trái phép; phổ biến Kế hoạch của Công an huyện về cao điểm tấn công, trấn áp tội phạm."),
            P("II. Kết quả tháng 7: tiếp nhận 12 tin báo, giải quyết 12; bắt 1 vụ trộm cắp bò tại làng Bông; gọi "
              "hỏi răn đe 5 thanh niên đua xe; hoàn thành thu nhận hồ sơ căn cước cho 100% người dân từ 14 tuổi; "
              "kích hoạt định danh điện tử mức 2 đạt 81%. Tồn tại: còn 2 hộ có người đi làm ăn xa chưa xác định "
              "được nơi ở; việc nắm tình hình ở làng Pa Tân có lúc chậm."),
            P("III. Phương hướng tháng 9: giữ ổn định an ninh dịp Quốc khánh 2/9; tuần tra đêm chống trộm cà phê "
              "non và trộm gia súc; đạt 90% định danh điện tử; tuyên truyền phòng, chống ma túy trong thanh niên "
              "các làng."),
            P("IV. Chi bộ thảo luận, thống nhất với báo cáo và dự thảo phương hướng."),
            P("Chi bộ xét đề nghị công nhận đảng viên chính thức cho đồng chí Rơ Mah Blơn (hết thời gian dự bị "
              "ngày 20/8/2024); đảng viên chính thức biểu quyết: 08/08 tán thành."),
            P("V. Đồng chí Bí thư kết luận: thống nhất nội dung báo cáo, phương hướng tháng 9; trọng tâm là tuần "
              "tra chống trộm cà phê, bò và quản lý người đi làm ăn xa; đề nghị Đảng ủy Công an huyện xét công nhận "
              "đảng viên chính thức cho đồng chí Rơ Mah Blơn. Biểu quyết thông qua kết luận: 100% đảng viên có "
              "mặt nhất trí."),
            P("VI. Phân công: 1) Đ/c Ksor Thuê chỉ huy tổ tuần tra đêm ở các làng Bông, Pa Tân, Ia Dêr, thực hiện "
              "hằng đêm; 2) Đ/c Rahlan Như cùng già làng xác minh 2 hộ có người đi làm ăn "
              "xa, báo cáo trước 10/9/2024; 3) Đ/c Siu Hyưn hoàn thiện hồ sơ công nhận đảng viên chính thức, nộp "
              "Đảng ủy Công an huyện trong tháng 8; 4) Đ/c Nguyễn Thanh Bình đôn đốc kích hoạt định danh điện tử, "
              "đạt 90% vào 30/9/2024."),
            P("Kết thúc lúc 15h40 cùng ngày. Biên bản đọc lại, các đồng chí thống nhất thông qua."),
            S(["THƯ KÝ", "", "", "Siu Hyưn"], ["BÍ THƯ", "", "", "Trần Quốc Việt"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-22", "14:00", "15:40", "Hội trường Công an xã Ia Dêr",
                    "CHI BỘ CÔNG AN XÃ IA DÊR", "ĐẢNG BỘ CÔNG AN HUYỆN IA GRAI"),
            "Trần Quốc Việt", "Bí thư chi bộ", "Siu Hyưn",
            attendance(9, 9, 0, 0, 0, 0),
            True,
            [vote("công nhận đảng viên chính thức Rơ Mah Blơn", 8),
             vote("kết luận tháng 8", pct=100)],
            [task("Ksor Thuê", "chỉ huy tổ tuần tra đêm ở các làng Bông, Pa Tân, Ia Dêr",
                  "hằng đêm"),
             task("Rahlan Như", "cùng già làng xác minh 2 hộ có người đi làm ăn xa, báo cáo", "10/9/2024"),
             task("Siu Hyưn", "hoàn thiện hồ sơ công nhận đảng viên chính thức, nộp Đảng ủy Công an huyện",
                  "tháng 8"),
             task("Nguyễn Thanh Bình", "đôn đốc kích hoạt định danh điện tử, đạt 90%", "30/9/2024")],
            ["no_discussion"]),
    }],
})


# x11 — Sóc Trăng, minute book Jan-Jun 2025 (no March) -------------------------------------------
_BK_HEAD = ["ĐẢNG BỘ XÃ TÀI VĂN", "CHI BỘ ẤP CÔ CÒ", "*"]
_BK = ("regular", "CHI BỘ ẤP CÔ CÒ", "ĐẢNG BỘ XÃ TÀI VĂN")
_BK_LOC = "Nhà văn hóa ấp Cô Cò"

DOCS.append({
    "name": "x11-soctrang-book-2025", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.3, "para_gap": 2,
              "head": "Sổ ghi biên bản sinh hoạt Chi bộ ấp Cô Cò – năm 2025", "foot": "- {n} -"},
    "between": 30,
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
    "minutes": [
        # January
        {"blocks": [
            HD(_BK_HEAD, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tài Văn, ngày 10 tháng 01 năm 2025"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01 NĂM 2025"),
            G(4),
            P("Vào lúc 19 giờ, ngày 10/01/2025, tại Nhà văn hóa ấp Cô Cò, Chi bộ họp thường kỳ tháng 01."),
            P("Đảng viên: 15 đồng chí (miễn sinh hoạt 01 đồng chí: Lâm Văn Sên). Có mặt 13; vắng 01: Danh Sóc "
              "(không lý do)."),
            P("Chủ trì: đồng chí Thạch Sô Phi, Bí thư chi bộ. Thư ký: đồng chí Lâm Thị Sa Rinh."),
            P("1. Tình hình tháng 12/2024: ấp xuống giống lúa đông xuân được 215 ha, đạt 100% kế hoạch; nạo vét "
              "xong kênh Tư Chín; sửa 2 căn nhà cho hộ nghèo người Khmer bằng vốn vận động. Hạn chế: nước mặn đã "
              "vào sâu cuối kênh Giồng Chát sớm hơn mọi năm, một số hộ chưa trữ nước ngọt."),
            P("2. Nhiệm vụ tháng 01: chăm sóc lúa, đóng cống ngăn mặn theo lịch của xã; lo cho bà con đón Tết Ất "
              "Tỵ vui tươi, an toàn; thăm, tặng quà gia đình chính sách, hộ nghèo; chuẩn bị giao quân đợt I."),
            P("3. Ý kiến: Đồng chí Trần Văn Mỹ (Trưởng ấp) đề nghị xin xã thêm 10 bồn chứa nước cho các hộ cuối "
              "kênh. Đồng chí Kim Thị Cà Rên cho biết Chi hội Phụ nữ đã có danh sách 18 hộ khó khăn cần quà Tết."),
            P("4. Kết luận: đồng chí Bí thư kết luận chi bộ thống nhất kết quả tháng 12, nhiệm vụ tháng 01; ưu tiên "
              "chống hạn mặn cho lúa và lo Tết cho hộ khó khăn; nhắc nhở đảng viên phải sinh hoạt đều, vắng phải "
              "báo. Chi bộ biểu quyết 13/13 tán thành."),
            P("5. Phân công: đồng chí Trần Văn Mỹ làm văn bản xin bồn chứa nước, gửi xã trước ngày 15/01/2025; "
              "đồng chí Kim Thị Cà Rên cùng Chi hội Phụ nữ trao quà Tết cho 18 hộ trước ngày 25/01/2025."),
            P("Họp xong lúc 21 giờ. Biên bản đọc lại, chi bộ thông qua."),
            S(["THƯ KÝ", "", "Lâm Thị Sa Rinh"], ["BÍ THƯ", "", "Thạch Sô Phi"]),
        ],
         "truth": minute(
             meeting(_BK[0], "2025-01-10", "19:00", "21:00", _BK_LOC, _BK[1], _BK[2]),
             "Thạch Sô Phi", "Bí thư chi bộ", "Lâm Thị Sa Rinh",
             attendance(15, 13, 1, 0, 1, 1, [("Danh Sóc", "không lý do", False)]),
             True,
             [vote("kết luận tháng 01", 13)],
             [task("Trần Văn Mỹ", "làm văn bản xin bồn chứa nước, gửi xã", "15/01/2025"),
              task("Kim Thị Cà Rên", "cùng Chi hội Phụ nữ trao quà Tết cho 18 hộ", "25/01/2025")],
             ["unexcused_absence"])},
        # February
        {"blocks": [
            HD(_BK_HEAD, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tài Văn, ngày 14 tháng 02 năm 2025"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02 NĂM 2025"),
            G(4),
            P("Lúc 19 giờ ngày 14/02/2025, Chi bộ ấp Cô Cò sinh hoạt thường kỳ tháng 02 tại Nhà văn hóa ấp. Có "
              "mặt 13/14 đồng chí phải dự; vắng 01 đồng chí Thạch Thị Sa Vy (đi làm công ty ở Bình Dương, có báo); "
              "đồng chí Lâm Văn Sên miễn sinh hoạt. Đồng chí Thạch Sô Phi (Bí thư chi bộ) chủ trì, đồng chí Lâm Thị Sa "
              "Rinh ghi biên bản."),
            P("Đồng chí Bí thư đánh giá: Tết Ất Tỵ trong ấp diễn ra an toàn, không có đánh nhau, không có cháy nổ; "
              "18 phần quà Tết đã trao đủ; ấp có 3 thanh niên lên đường nhập ngũ. Lúa đông xuân phát triển tốt, "
              "mặn chưa ảnh hưởng. Nhiệm vụ tháng 02: thu hoạch sớm diện tích lúa ở cuối kênh; phòng cháy nhà ở "
              "mùa khô; vận động các hộ nộp quỹ an ninh quốc phòng."),
            P("Đồng chí Sơn Văn Ri đề nghị liên hệ thương lái bao tiêu lúa ST25 cho bà con để khỏi bị ép giá. "
              "Đồng chí Danh Sóc giải trình tháng trước đi phụ hồ ở Cần Thơ, hứa không tái phạm."),
            P("Đồng chí chủ trì kết luận chi bộ thống nhất các nhiệm vụ đã nêu, biểu quyết 13/13 đồng chí tán "
              "thành. Giao đồng chí Sơn Văn Ri liên hệ hợp tác xã Tài Văn bao tiêu lúa, trong tháng 02; đồng chí "
              "Huỳnh Thanh Tú thu quỹ an ninh quốc phòng, xong trước kỳ họp tháng 3."),
            P("Buổi họp kết thúc 20 giờ 20 phút cùng ngày, biên bản được chi bộ thông qua."),
            S(["THƯ KÝ", "", "Lâm Thị Sa Rinh"], ["BÍ THƯ", "", "Thạch Sô Phi"]),
        ],
         "truth": minute(
             meeting(_BK[0], "2025-02-14", "19:00", "20:20", "Nhà văn hóa ấp", _BK[1], _BK[2]),
             "Thạch Sô Phi", "Bí thư chi bộ", "Lâm Thị Sa Rinh",
             attendance(15, 13, 1, 1, 0, 1, [("Thạch Thị Sa Vy", "đi làm công ty ở Bình Dương, có báo", True)]),
             True,
             [vote("nhiệm vụ tháng 02", 13)],
             [task("Sơn Văn Ri", "liên hệ hợp tác xã Tài Văn bao tiêu lúa", "tháng 02"),
              task("Huỳnh Thanh Tú", "thu quỹ an ninh quốc phòng", "kỳ họp tháng 3")],
             ["short_meeting"])},
        # April
        {"blocks": [
            HD(_BK_HEAD, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tài Văn, ngày 09 tháng 4 năm 2025"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4 NĂM 2025"),
            G(4),
            P("Hồi 19 giờ ngày 09/4/2025, tại Nhà văn hóa ấp Cô Cò. Chủ trì: đồng chí Thạch Sô Phi, Bí thư chi bộ; "
              "thư ký: đồng chí Lâm Thị Sa Rinh."),
            P("Tổng số đảng viên 15, miễn sinh hoạt 01, có mặt 12, vắng 02 đồng chí:"),
            T([(0.10, "TT", "c"), (0.50, "Đảng viên vắng", "l"), (0.40, "Lý do", "l")],
              [["1", "Sơn Văn Ri", "Bệnh"], ["2", "Danh Sóc", ""]]),
            P("Chi bộ ghi nhận tháng 3 không họp được do chi ủy tập trung cùng ấp chống hạn mặn, kỳ này đánh giá "
              "chung: thu hoạch xong lúa đông xuân, năng suất 6,8 tấn/ha; 12 hộ được nhận bồn chứa nước; bao tiêu "
              "được 40 ha lúa ST25. Nhiệm vụ tháng 4: tổ chức Tết Chôl Chnăm Thmây an toàn tại chùa và trong ấp; "
              "phòng đuối nước cho trẻ em dịp nghỉ lễ; chuẩn bị chuyên đề quý II."),
            P("Về công tác đảng viên: 13/14 đồng chí phải dự đã nộp đảng phí quý I; em Thạch Văn Rích, Bí thư Chi "
              "đoàn ấp, và chị Sơn Thị Sà Phol, Chi hội phó Phụ nữ, đã học xong lớp nhận thức về Đảng, đang được "
              "chi ủy theo dõi, bồi dưỡng. Riêng đồng chí Danh Sóc đến nay vẫn chưa nộp đảng phí quý I, chi ủy đã "
              "nhắn hai lần nhưng đồng chí không đến làm việc."),
            P("Ý kiến: đồng chí Huỳnh Thanh Tú đề nghị phân công đảng viên trực ở chùa Cô Cò trong ba ngày Tết. "
              "Đồng chí Lý Thị Sóc Khum nói đồng chí Danh Sóc lại vắng mà không báo, chi bộ cần xử lý nghiêm. Đồng chí Kim Thị Cà Rên báo cáo Chi hội Phụ nữ đã vận động được 26 hộ góp gạo, bánh "
              "tét để nấu cơm chùa trong dịp Tết, đề nghị chi bộ động viên thêm các hộ người Kinh cùng tham gia cho "
              "vui. Đồng chí Triệu Văn Sang lưu ý mùa này nhiều thanh niên đi làm ăn xa về quê ăn Tết, dễ xảy ra "
              "uống rượu rồi đánh nhau, công an viên cần tăng cường tuần tra ban đêm."),
            P("Kết luận của đồng chí Bí thư: thống nhất nhiệm vụ tháng 4, lấy an toàn Tết Chôl Chnăm Thmây làm "
              "trọng tâm. Biểu quyết: 12/12 đồng chí tán thành. Đồng chí Huỳnh Thanh Tú phụ trách xếp lịch trực ở "
              "chùa, xong trước ngày 12/4/2025. Đồng chí Trần Văn Mỹ gặp gỡ, nhắc nhở đồng chí Danh Sóc, báo cáo chi ủy trước "
              "ngày 20/4/2025."),
            P("Họp kết thúc 21 giờ 10 phút. Biên bản được đọc lại và thông qua."),
            S(["THƯ KÝ", "", "Lâm Thị Sa Rinh"], ["BÍ THƯ", "", "Thạch Sô Phi"]),
        ],
         "truth": minute(
             meeting(_BK[0], "2025-04-09", "19:00", "21:10", _BK_LOC, _BK[1], _BK[2]),
             "Thạch Sô Phi", "Bí thư chi bộ", "Lâm Thị Sa Rinh",
             attendance(15, 12, 2, 1, 1, 1, [("Sơn Văn Ri", "Bệnh", True), ("Danh Sóc", None, False)]),
             True,
             [vote("nhiệm vụ tháng 4", 12)],
             [task("Huỳnh Thanh Tú", "xếp lịch trực ở chùa", "12/4/2025"),
              task("Trần Văn Mỹ", "gặp gỡ, nhắc nhở đồng chí Danh Sóc, báo cáo chi ủy", "20/4/2025")],
             ["low_attendance", "unexcused_absence"])},
        # May — regular + thematic
        {"blocks": [
            HD(_BK_HEAD, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tài Văn, ngày 13 tháng 5 năm 2025"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2025"),
            C("Chuyên đề: Đảng viên gương mẫu vận động bà con chuyển đổi cây trồng thích ứng hạn mặn",
              bold=False, italic=True),
            G(4),
            P("Thời gian: từ 18 giờ 30 đến 20 giờ 45 ngày 13/5/2025. Địa điểm: Nhà văn hóa ấp Cô Cò. Có mặt: 14/14 "
              "đảng viên phải dự (01 đồng chí miễn sinh hoạt). Chủ trì: đồng chí Thạch Sô Phi, Bí thư chi bộ; thư "
              "ký: đồng chí Lâm Thị Sa Rinh."),
            P("Phần thường kỳ: Tết Chôl Chnăm Thmây diễn ra vui tươi, an toàn; không có trẻ em đuối nước; đồng chí "
              "Danh Sóc đã được nhắc nhở và làm bản tự kiểm điểm. Tháng 5 tiếp tục vận động bà con làm đất, cải tạo "
              "ruộng muối hóa, tiêm phòng cho đàn bò."),
            P("Phần chuyên đề: đồng chí Trần Văn Mỹ trình bày chuyên đề, nêu mô hình lúa – tôm của 5 hộ ở xóm Giồng "
              "Chát cho thu nhập cao hơn trồng lúa hai vụ khoảng 40 triệu đồng/ha, đề nghị mỗi đảng viên có đất "
              "làm trước 0,2 ha để bà con thấy."),
            P("Thảo luận: đồng chí Thạch Thị Sa Vy nêu khó khăn về vốn mua tôm giống; đồng chí Châu Thị Mỹ Lệ đề "
              "nghị mời cán bộ khuyến nông về tập huấn ngay tại ấp; đồng chí Danh Sóc đăng ký làm thử 0,3 ha."),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất nội dung chuyên đề, mỗi đảng viên có ruộng ở vùng mặn "
              "đăng ký ít nhất 0,2 ha lúa – tôm trong vụ tới. Chi bộ biểu quyết nhất trí 14/14 (100%). Giao đồng "
              "chí Châu Thị Mỹ Lệ liên hệ trạm khuyến nông mở lớp tập huấn, xong trước 30/5/2025; đồng chí Trần "
              "Văn Mỹ lập danh sách đảng viên, hộ dân đăng ký làm lúa – tôm, trong tháng 6/2025."),
            P("Kết thúc 20 giờ 45 phút. Biên bản thông qua, mọi người nhất trí."),
            S(["THƯ KÝ", "", "Lâm Thị Sa Rinh"], ["BÍ THƯ", "", "Thạch Sô Phi"]),
        ],
         "truth": minute(
             meeting(_BK[0], "2025-05-13", "18:30", "20:45", _BK_LOC, _BK[1], _BK[2],
                     topic="Đảng viên gương mẫu vận động bà con chuyển đổi cây trồng thích ứng hạn mặn"),
             "Thạch Sô Phi", "Bí thư chi bộ", "Lâm Thị Sa Rinh",
             attendance(15, 14, 0, 0, 0, 1),
             True,
             [vote("nội dung chuyên đề và kết luận", 14, pct=100)],
             [task("Châu Thị Mỹ Lệ", "liên hệ trạm khuyến nông mở lớp tập huấn", "30/5/2025"),
              task("Trần Văn Mỹ", "lập danh sách đảng viên, hộ dân đăng ký làm lúa – tôm", "tháng 6/2025")],
             [])},
        # June
        {"blocks": [
            HD(_BK_HEAD, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tài Văn, ngày 11 tháng 6 năm 2025"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6 NĂM 2025"),
            G(4),
            P("Hôm nay, lúc 19 giờ ngày 11/6/2025, Chi bộ ấp Cô Cò họp thường kỳ tại Nhà văn hóa ấp."),
            P("Có mặt 13/14 đồng chí phải dự, 01 đồng chí miễn sinh hoạt. Vắng: 01 đồng chí – Danh Sóc (không có "
              "lý do). Đây là lần thứ ba trong năm đồng chí Danh Sóc vắng sinh hoạt không lý do."),
            P("Đồng chí Thạch Sô Phi, Bí thư chi bộ, chủ trì. Đồng chí Lâm Thị Sa Rinh làm thư ký."),
            P("Kết quả tháng 5: tập huấn lúa – tôm có 46 hộ dự; 9 đảng viên, 21 hộ đăng ký làm 11 ha; tiêm phòng "
              "lở mồm long móng cho 320 con bò. Nhiệm vụ tháng 6: chuẩn bị con giống, gia cố bờ bao; triển khai "
              "sắp xếp ấp, xã theo chủ trương mới; hè an toàn cho học sinh."),
            P("Ý kiến: đồng chí Lý Thị Sóc Khum đề nghị chi bộ làm đúng Điều lệ đối với đồng chí Danh Sóc. Đồng chí "
              "Triệu Văn Sang đề nghị xin Ngân hàng Chính sách xã hội cho hộ làm lúa – tôm vay vốn."),
            P("Đồng chí chủ trì kết luận: thống nhất kết quả tháng 5 và nhiệm vụ tháng 6; giao Chi ủy lập hồ sơ, "
              "báo cáo Đảng ủy xã xem xét xử lý đồng chí Danh Sóc theo quy định, trước ngày 30/6/2025; đồng chí "
              "Triệu Văn Sang hướng dẫn các hộ làm hồ sơ vay vốn, trong tháng 6. Biểu quyết: tán thành 13/13, "
              "đạt 100%."),
            P("Buổi họp kết thúc lúc 20 giờ 45 phút. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "", "Lâm Thị Sa Rinh"], ["BÍ THƯ", "", "Thạch Sô Phi"]),
        ],
         "truth": minute(
             meeting(_BK[0], "2025-06-11", "19:00", "20:45", "Nhà văn hóa ấp", _BK[1], _BK[2]),
             "Thạch Sô Phi", "Bí thư chi bộ", "Lâm Thị Sa Rinh",
             attendance(15, 13, 1, 0, 1, 1, [("Danh Sóc", "không có lý do", False)]),
             True,
             [vote("kết luận tháng 6", 13, pct=100)],
             [task("Chi ủy", "lập hồ sơ, báo cáo Đảng ủy xã xem xét xử lý đồng chí Danh Sóc theo quy định",
                   "30/6/2025"),
              task("Triệu Văn Sang", "hướng dẫn các hộ làm hồ sơ vay vốn", "tháng 6")],
             ["unexcused_absence"])},
    ],
})


# x12 — Quảng Trị, scan only (clean, 300 dpi) ----------------------------------------------------
DOCS.append({
    "name": "x12-quangtri-village", "folder": "test", "born_digital": False,
    "style": {"family": "dejavu", "size": 12, "justify": True, "indent": 30, "spacing": 1.35},
    "scans": [{"name": "x12-quangtri-scan-clean", "folder": "test", "damage": "clean", "seed": 312, "dpi": 300}],
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ HƯỚNG PHÙNG", "CHI BỘ THÔN CỢP", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hướng Phùng, ngày 6 tháng 8 năm 2024"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8 NĂM 2024"),
            G(8),
            L("Thời gian: lúc 19 giờ 30, ngày 6-8-2024."),
            L("Địa điểm: nhà sinh hoạt cộng đồng thôn Cợp."),
            L("Tổng số đảng viên 11 đ/c; có mặt 10 đ/c; vắng 01 đ/c (Hồ Văn Năm – đi rẫy xa, có báo)."),
            L("Chủ trì: đ/c Hồ Văn Thước, Bí thư Chi bộ. Thư ký: đ/c Kăn Đủ."),
            H("I. KẾT QUẢ THÁNG 7"),
            P("Bà con trong thôn đã trồng dặm 14 ha cà phê, trồng mới 6 ha sắn theo hướng dẫn của xã; không để "
              "dịch tả lợn châu Phi lây lan sang thôn, chốt kiểm dịch ở đầu cầu tràn duy trì đủ người trực. Các "
              "cháu học sinh được vận động học hè đầy đủ, có 4 cháu thi đỗ vào Trường Phổ thông dân tộc nội trú "
              "huyện. Tồn tại: vẫn còn hộ chăn thả trâu bò tự do phá hoa màu; một đoạn đường vào khu sản xuất bị sạt "
              "lở chưa khắc phục được."),
            H("II. NHIỆM VỤ THÁNG 8"),
            P("Chuẩn bị phương án phòng, chống lũ, sạt lở đất, di dời các hộ ở ven suối khi có mưa lớn; chăm sóc "
              "cà phê, bón phân đợt hai; vận động bà con làm chuồng trại, không thả rông gia súc; tuyên truyền "
              "không qua lại biên giới trái phép, không nghe kẻ xấu xuyên tạc."),
            H("III. THẢO LUẬN"),
            P("Chi bộ thảo luận, thống nhất cao với báo cáo và nhiệm vụ tháng 8."),
            H("IV. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: chi bộ đánh giá tháng 7 thôn đã làm tốt công tác phòng dịch và vận động "
              "học sinh; tháng 8 phải đặt việc phòng, chống lũ, sạt lở lên hàng đầu, không để xảy ra thiệt hại về "
              "người; kiên quyết chấm dứt tình trạng thả rông gia súc trong mùa mưa."),
            P("Chi bộ biểu quyết thông qua nghị quyết tháng 8 với 10/10 đồng chí tán thành (100%)."),
            H("V. TỔ CHỨC THỰC HIỆN"),
            P("Yêu cầu các đồng chí đảng viên căn cứ nhiệm vụ được giao, gương mẫu và vận động gia đình, bà con "
              "thực hiện tốt nghị quyết tháng 8 của chi bộ."),
            P("Cuộc họp kết thúc vào lúc 21 giờ 15 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và được "
              "các đồng chí nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Kăn Đủ"], ["T/M CHI BỘ", "BÍ THƯ", "", "Hồ Văn Thước"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-06", "19:30", "21:15", "nhà sinh hoạt cộng đồng thôn Cợp",
                    "CHI BỘ THÔN CỢP", "ĐẢNG BỘ XÃ HƯỚNG PHÙNG"),
            "Hồ Văn Thước", "Bí thư Chi bộ", "Kăn Đủ",
            attendance(11, 10, 1, 1, 0, 0, [("Hồ Văn Năm", "đi rẫy xa, có báo", True)]),
            True,
            [vote("nghị quyết tháng 8", 10, pct=100)],
            [],
            ["missing_assignments", "no_discussion"]),
    }],
})


# x13 — Đồng Nai, scan only (moderate, 250 dpi) --------------------------------------------------
DOCS.append({
    "name": "x13-dongnai-ward", "folder": "test", "born_digital": False,
    "style": {"family": "sans", "size": 12, "justify": False, "indent": 0, "spacing": 1.4, "para_gap": 3},
    "scans": [{"name": "x13-dongnai-scan-moderate", "folder": "test", "damage": "moderate", "seed": 313,
               "dpi": 250}],
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG TÂN PHONG", "CHI BỘ KHU PHỐ 4", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Biên Hòa, ngày 05 tháng 9 năm 2024"]),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("Tháng 9 năm 2024", bold=False),
            G(8),
            L("Thời gian: 19h30 ngày 05.9.2024."),
            L("Địa điểm: Trụ sở Ban điều hành khu phố 4."),
            L("Đảng viên có mặt: 20/21; vắng 01 có lý do (đi công tác)."),
            L("Chủ tọa: Đ/c Ngô Thanh Sơn – Bí thư chi bộ."),
            L("Thư ký: Đ/c Lâm Thị Ngọc Hân."),
            H("1/ Đánh giá tháng 8"),
            L("Khu phố tổ chức tốt lễ kỷ niệm Cách mạng tháng Tám và Quốc khánh; ra quân vệ sinh, phát quang "
              "bụi rậm, diệt lăng quăng tại 312 hộ; 4 ca sốt xuất huyết đều đã khỏi. Còn tình trạng ngập cục bộ ở "
              "hẻm 27 mỗi khi mưa lớn; vài điểm tập kết rác tự phát chưa xử lý."),
            H("2/ Nhiệm vụ tháng 9"),
            L("Lo khai giảng năm học mới, vận động hỗ trợ tập vở cho học sinh nghèo; tổ chức Trung thu cho thiếu "
              "nhi khu phố; nạo vét cống thoát nước hẻm 27; tiếp tục phòng, chống sốt xuất huyết."),
            H("3/ Ý kiến thảo luận"),
            L("- Đ/c Đỗ Văn Lực: cống hẻm 27 bị nhà dân đổ bê tông lấn lên, phải mời chủ nhà làm việc trước khi "
              "nạo vét."),
            L("- Đ/c Trịnh Thị Xuân Mai: Chi đoàn nhận tổ chức đêm Trung thu, xin khu phố hỗ trợ 3 triệu đồng."),
            L("- Đ/c Quách Minh Trí: đề nghị đặt biển cấm đổ rác và gắn camera tại góc đường Phan Trung."),
            H("4/ Chủ tọa kết luận"),
            L("Thống nhất các nhiệm vụ tháng 9; ưu tiên giải quyết ngập ở hẻm 27 trước mùa mưa lớn; Trung thu tổ "
              "chức tiết kiệm, vui tươi."),
            L("Biểu quyết: 20/20 đồng chí tán thành (đạt 100%)."),
            H("5/ Phân công"),
            L("- Đ/c Đỗ Văn Lực: cùng Ban điều hành khu phố làm việc với chủ nhà lấn cống, xong trước 15/9/2024."),
            L("- Đ/c Trịnh Thị Xuân Mai: tổ chức đêm Trung thu cho thiếu nhi, ngày 17/9/2024."),
            L("- Đ/c Quách Minh Trí: liên hệ phường đặt biển cấm đổ rác, trong tháng 9."),
            L("Cuộc họp kết thúc lúc 20h45 cùng ngày."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Lâm Thị Ngọc Hân"],
              ["CHỦ TỌA", "(Ký, ghi rõ họ tên)", "", "Ngô Thanh Sơn"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-05", "19:30", "20:45", "Trụ sở Ban điều hành khu phố 4", "CHI BỘ KHU PHỐ 4",
                    "ĐẢNG BỘ PHƯỜNG TÂN PHONG"),
            "Ngô Thanh Sơn", "Bí thư chi bộ", "Lâm Thị Ngọc Hân",
            attendance(21, 20, 1, 1, 0, 0),
            True,
            [vote("nhiệm vụ tháng 9", 20, pct=100)],
            [task("Đỗ Văn Lực", "cùng Ban điều hành khu phố làm việc với chủ nhà lấn cống", "15/9/2024"),
             task("Trịnh Thị Xuân Mai", "tổ chức đêm Trung thu cho thiếu nhi", "17/9/2024"),
             task("Quách Minh Trí", "liên hệ phường đặt biển cấm đổ rác", "tháng 9")],
            ["not_approved", "short_meeting", "unfilled_template"]),
    }],
})


# x14 — Lào Cai, scan only (photocopy, 300 dpi) --------------------------------------------------
DOCS.append({
    "name": "x14-laocai-school", "folder": "test", "born_digital": False,
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 32, "spacing": 1.2, "bottom": 50},
    "scans": [{"name": "x14-laocai-scan-photocopy", "folder": "test", "damage": "photocopy", "seed": 314,
               "dpi": 300}],
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ BẢN PHỐ", "CHI BỘ TRƯỜNG PTDTBT THCS BẢN PHỐ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bản Phố, ngày 07 tháng 3 năm 2025"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3/2025"),
            G(8),
            P("Vào hồi 14 giờ ngày 07 tháng 3 năm 2025, tại phòng họp nhà trường, Chi bộ Trường PTDTBT THCS Bản "
              "Phố tiến hành sinh hoạt thường kỳ tháng 3."),
            P("Tổng số đảng viên: 16 đ/c. Có mặt: 15 đ/c. Vắng mặt: 01 đ/c – Tẩn Láo San (đi tập huấn tại Sở "
              "Giáo dục và Đào tạo)."),
            P("Đồng chí Hoàng Văn Sình – Bí thư chi bộ, Hiệu trưởng – chủ trì; đồng chí Nông Thị Hoa – thư ký."),
            H("1. Đánh giá tháng 2"),
            P("Sau Tết Nguyên đán, 100% học sinh bán trú đã trở lại trường, giáo viên chủ nhiệm phải đến tận "
              "bản Sín Chải, Na Lang đón 7 em. Bếp ăn bán trú bảo đảm an toàn thực phẩm, bữa ăn có thêm rau do "
              "học sinh tự trồng. Trong đợt rét đậm, nhà trường đã cấp thêm chăn và áo ấm cho 35 em. Hạn chế: kết "
              "quả khảo sát môn Toán lớp 9 còn thấp, 38% dưới trung bình; một số em vẫn nói tiếng mẹ đẻ trong giờ "
              "học nên tiếp thu chậm."),
            H("2. Nhiệm vụ tháng 3"),
            P("Tổ chức các hoạt động chào mừng ngày 8/3 và 26/3; ôn thi vào lớp 10 cho học sinh khối 9; phòng "
              "bệnh sởi, thủy đậu ở khu bán trú; hoàn thiện hồ sơ kiểm định chất lượng giáo dục."),
            H("3. Thảo luận"),
            P("Đồng chí Lý Thị Mẩy: đề nghị chia học sinh lớp 9 theo nhóm trình độ để ôn Toán buổi tối, mỗi giáo "
              "viên phụ trách một nhóm."),
            P("Đồng chí Vàng Văn Chính: nhiều em người Mông ở bản xa bị sởi năm ngoái, cần phối hợp với trạm y tế "
              "xã rà soát tiêm chủng trước."),
            P("Đồng chí Triệu Thị Lan (đảng viên dự bị): Chi đoàn sẽ tổ chức giải bóng đá và thi nấu ăn giữa các "
              "khu bán trú nhân ngày 26/3."),
            H("4. Phân công nhiệm vụ"),
            P("- Đồng chí Lý Thị Mẩy xây dựng kế hoạch ôn thi lớp 10 môn Toán, hoàn thành trước ngày 15/3/2025."),
            P("- Đồng chí Vàng Văn Chính phối hợp Trạm Y tế xã rà soát tiêm chủng sởi cho học sinh bán trú, trong "
              "tháng 3."),
            P("- Đồng chí Triệu Thị Lan phụ trách tổ chức các hoạt động chào mừng ngày thành lập Đoàn."),
            P("- Đồng chí Nông Thị Hoa hoàn thiện hồ sơ kiểm định chất lượng giáo dục trước ngày 31/3/2025."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 00 phút. Biên bản được thông qua trước chi bộ, các đồng chí có "
              "mặt nhất trí."),
            S(["THƯ KÝ", "", "", "Nông Thị Hoa"], ["CHỦ TRÌ", "", "", "Hoàng Văn Sình"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-07", "14:00", "16:00", "phòng họp nhà trường",
                    "CHI BỘ TRƯỜNG PTDTBT THCS BẢN PHỐ", "ĐẢNG BỘ XÃ BẢN PHỐ"),
            "Hoàng Văn Sình", "Bí thư chi bộ", "Nông Thị Hoa",
            attendance(16, 15, 1, 1, 0, 0, [("Tẩn Láo San", "đi tập huấn tại Sở Giáo dục và Đào tạo", True)]),
            False,
            [],
            [task("Lý Thị Mẩy", "xây dựng kế hoạch ôn thi lớp 10 môn Toán", "15/3/2025"),
             task("Vàng Văn Chính", "phối hợp Trạm Y tế xã rà soát tiêm chủng sởi cho học sinh bán trú", "tháng 3"),
             task("Triệu Thị Lan", "tổ chức các hoạt động chào mừng ngày thành lập Đoàn", None),
             task("Nông Thị Hoa", "hoàn thiện hồ sơ kiểm định chất lượng giáo dục", "31/3/2025")],
            ["missing_conclusion", "missing_vote"]),
    }],
})
