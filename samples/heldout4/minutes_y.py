"""heldout4, author Y: the fourteen `test/` files (`y01` … `y14`), minutes from the whole country.

Written by hand, without reading the extractor, the generator or the wording of the earlier held-out sets
(only their READMEs' labelling choices and the block/truth helpers of samples/heldout2/minutes.py).
Rendered by samples/heldout2/make.py (`build`). Do not tune the extractor on these files.

Contents (file → what varies → flags). y01-bacgiang-electronics-assignee-table-clean: industrial-park company,
Sans 11.5, "Bắt đầu: 14h00", attendance in one sentence with the absentee's duty, guest with an opinion,
opinions in indirect speech ("cho rằng", "băn khoăn", "nhận thấy"), ruled task table with the assignee column
first and two people in one cell, "tán thành / không tán thành / ý kiến khác" → —. y02-quangngai-fishport-
thematic-qa: thematic (IUU) "QUÝ III" + "Chuyên đề:" line, DejaVu Sans, "Hôm nay, ngày 18-9-2024", a boat
owner as guest, question-and-answer discussion, "Đồng chí chủ trì tóm tắt, kết luận", "100% … đồng ý",
passive tasks ("được giao", "được phân công"), "trước mùa mưa bão" → —. y03-bentre-coconut-coop-absent-table:
Mekong cooperative, absentee table "Đảng viên | Lý do vắng mặt" ("Không xin phép"), one exempt named, opinions
of "Anh/Chị/Cô …", show of hands → low_attendance, unexcused_absence. y04-hanoi-university-combined-2p:
history faculty, regular + thematic in 155 min, degrees before names, "Có 6 ý kiến tham gia, cụ thể:",
two votes ("93,3%"), a department as assignee, "hạn chót", "Trang n/N" and a running head → —.
y05-gialai-jrai-village-no-discussion: Jrai names, "Hồi 19 giờ 30 phút", only "thảo luận sôi nổi" with
unnamed suggestions, a village elder as partner, "trước Tết Nguyên đán", ends with no read-back →
no_discussion, not_approved. y06-ninhthuan-cham-weavers-no-conclusion: Cham weaving quarter, Serif 14
ragged, "14.3.2025", the Bí thư absent so the deputy is "Chủ tọa", "Mục 1. …", straight from opinions to
tasks → missing_conclusion, missing_vote. y07-langson-border-guard-clean: border-guard unit before Tết,
ranks, "Quân số đảng viên", conclusion as a numbered list holding the tasks, "suốt dịp Tết Nguyên đán",
"trước 12 giờ ngày 28/01/2025" → —. y08-tayninh-school-70min-general: primary school after classes, "–"
headings, opinions through a job title plus name, 70 minutes, only a general call → missing_assignments,
short_meeting. y09-binhdinh-ward-printed-form: printed form with "Số: ……-BB/CB", dotted guest line, dotted
"Ý kiến khác", dotted deadline, dotted approval count, "(Ký, ghi rõ họ tên)" → unfilled_template.
y10-backan-tay-village-book-jan-jun-2025: **book**, 5 minutes (Jan, Feb, Apr regular; May thematic; Jun
regular), each after the first starting mid-page, February typed on without a header; Hoàng Văn Sình
absent without reason in Jan, Apr, Jun → per minute: unexcused_absence; missing_vote; low_attendance +
unexcused_absence; short_meeting; no_discussion + unexcused_absence; book: missing_month (Mar, May),
no_thematic_in_quarter (Q1), repeated_absence. y11-hoabinh-muong-hamlet-scan-clean: scan only, 300 dpi
binarised; Mường names, names without "đồng chí" in the discussion ("Bùi Văn Mười (Trưởng xóm):", "Bà …",
"Ông …"), a named absentee with no reason, end time from the approval sentence, no vote →
missing_vote, unexcused_absence. y12-tiengiang-durian-combined-scan-moderate: scan only, 250 dpi;
regular + thematic in 110 min, nickname after the chair's name, counted opinions, ruled task table
"STT | Việc làm | Đ/c phụ trách | Hoàn thành" with "A – B" → short_meeting. y13-binhphuoc-rubber-team-
scan-photocopy: scan only, 300 dpi photocopy, typewriter face, one dense page with run-in parts, S'Tiêng
names, direction voted but no conclusion, only a call to every member, no read-back → missing_conclusion,
missing_assignments, not_approved. y14-hanam-retired-cell-clean: retired members' cell in a member's house,
DejaVu Sans, "THÁNG TÁM" in words, nine exempt, the Bí thư among the absentees so the deputy chairs, "*"
headings, "Đề nghị đồng chí …", "tuần sau", "T/M CHI ỦY / PHÓ BÍ THƯ" → —.

Labelling decisions where the READMEs are silent:
- `conclusion` is a bool in the truth files (tests/samples/test_heldout_sets.py asserts it), True iff the
  chair's conclusion is written.
- Header lines: `party_committee` = the upper committee's line(s) joined by one space, `cell` = the
  "CHI BỘ …" line(s) joined by one space, both in capitals as drawn.
- A nickname in brackets after a name ("Lê Văn Hiền (Út Hiền)") is not part of the name; a job title in
  front of a name ("Trưởng xóm Bùi Văn Mười", "Tổng phụ trách Đội Võ Minh Trí") is dropped like a rank.
- Opinions: a question in a Q&A, an answer, "bổ sung", a guest's remark, "Anh/Chị/Bà/Ông X …" and a bare
  "X (tổ 2): …" all are recorded opinions; suggestions "một số ý kiến đề nghị …" without a name are not.
- "hạn chót 25/11/2024" → "25/11/2024"; "suốt dịp Tết Nguyên đán", "suốt tháng Ramưwan" kept whole (no
  preposition in front); "trước 12 giờ ngày 28/01/2025" → "12 giờ ngày 28/01/2025"; "trước mùa mưa bão" →
  "mùa mưa bão"; "thời gian: ……" → null; "trong tuần sau" → "tuần sau".
- "Ý kiến khác: ……" → abstain null. A form's approval line with dots ("được ……/…… đồng chí nhất trí") still
  records the read-back and approval (not `not_approved`), but the dots make it `unfilled_template`.
- "Dự họp: 18/19 đảng viên" with no exempt member written → total 19, exempt 0.
- "vắng 01 đồng chí (đi … chữa bệnh)" names nobody → counts only, absentees empty.
- A chair who is a Phó Bí thư standing in for an absent Bí thư: role "Phó Bí thư chi bộ"; the Bí thư is an
  absentee like any other.
- In the book, a minute typed on without its own header carries the book's cell and committee; the regular
  months missing (March, May) are not mentioned in the labels beyond the book flag, even though the April
  minute explains why March was skipped.
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DP = "ĐẢNG CỘNG SẢN VIỆT NAM"
DOCS: list[dict] = []


# y01 — Bắc Giang, electronics company in an industrial park: one-sentence attendance, indirect speech,
# a guest's remark, ruled task table with the assignee column first. No flag.
_c1 = "CHI BỘ CÔNG TY CỔ PHẦN ĐIỆN TỬ ĐÌNH TRÁM"
_p1 = "ĐẢNG ỦY CÁC KHU CÔNG NGHIỆP TỈNH BẮC GIANG"
DOCS.append({
    "name": "y01-bacgiang-electronics-assignee-table-clean", "folder": "test", "born_digital": True,
    "style": {"family": "sans", "size": 11.5, "justify": True, "left": 70, "right": 50, "spacing": 1.35,
              "indent": 22},
    "minutes": [{"blocks": [
        HD(["ĐẢNG ỦY CÁC KHU CÔNG NGHIỆP", "TỈNH BẮC GIANG", "CHI BỘ CÔNG TY CỔ PHẦN", "ĐIỆN TỬ ĐÌNH TRÁM", "*"],
           [DP, "Việt Yên, ngày 24 tháng 10 năm 2024"], bold_left=(2, 3)),
        G(4),
        C("BIÊN BẢN HỌP CHI BỘ THÁNG 10/2024", size=13),
        G(8),
        L("Bắt đầu: 14h00, thứ Năm ngày 24/10/2024."),
        L("Địa điểm: phòng họp tầng 2, nhà điều hành Công ty."),
        P("Chi bộ hiện có 21 đảng viên (19 chính thức, 02 dự bị); dự họp 20 đồng chí; vắng 01 đồng chí là "
          "Dương Văn Khải, trưởng ca C (trực sản xuất theo lịch ca). Mời dự: đồng chí Ngô Thị Huyền, Ủy viên "
          "Ban Thường vụ Đảng ủy các Khu công nghiệp tỉnh."),
        L("Chủ trì: đồng chí Thân Văn Lực – Bí thư chi bộ, Phó Giám đốc sản xuất."),
        L("Thư ký: đồng chí Giáp Thị Hạnh – chi ủy viên."),
        H("1. Thời sự, văn bản mới"),
        P("Đồng chí Bí thư thông tin tóm tắt chủ trương tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính "
          "trị, những điểm mới của Luật Bảo hiểm xã hội năm 2024 mà công nhân quan tâm (rút bảo hiểm một lần, "
          "chế độ thai sản) và tình hình đơn hàng ngành điện tử những tháng cuối năm."),
        H("2. Kết quả tháng 10"),
        P("Sản lượng bo mạch lắp ráp đạt 2,36 triệu sản phẩm, bằng 104% kế hoạch; tỷ lệ lỗi giảm còn 0,42%. "
          "Công ty trả lương đúng ngày 10, không có công nhân nghỉ việc tập thể. Tổ chức xong hội thi tay "
          "nghề cấp Công ty với 86 công nhân dự thi, 11 người được nâng bậc. Hạn chế: còn 2 vụ vi phạm quy "
          "định an toàn điện ở khu vực kho thành phẩm; việc tạo nguồn phát triển đảng chậm, quý III chưa "
          "giới thiệu được quần chúng nào đi học lớp nhận thức về Đảng."),
        H("3. Ý kiến thảo luận"),
        P("Đồng chí Hoàng Minh Tú (Chủ tịch Công đoàn) cho rằng nguyên nhân 2 vụ vi phạm an toàn điện là do "
          "công nhân mới chưa được huấn luyện lại sau khi đổi ca; đề nghị đưa nội dung an toàn điện vào buổi "
          "giao ca đầu tuần."),
        P("Đồng chí Nguyễn Thị Thu Trang băn khoăn về việc nhiều nữ công nhân có con nhỏ phải làm ca đêm, kiến "
          "nghị chi bộ đề xuất với Ban Giám đốc bố trí ca linh hoạt cho lao động nữ nuôi con dưới 36 tháng "
          "tuổi."),
        P("Đồng chí Lê Đức Mạnh, Bí thư Chi đoàn, nhận thấy trong số 40 đoàn viên ưu tú có ít nhất 5 em đủ điều "
          "kiện học lớp nhận thức về Đảng, song các em ngại vì làm 3 ca; đề xuất mở lớp vào ngày Chủ nhật."),
        P("Phát biểu tại cuộc họp, đồng chí Ngô Thị Huyền ghi nhận kết quả sản xuất của Công ty và lưu ý chi bộ "
          "tạo nguồn đảng viên ngay trong công nhân trực tiếp sản xuất, không chỉ ở khối văn phòng."),
        H("4. Kết luận"),
        P("Đồng chí Thân Văn Lực thay mặt chi ủy kết luận: chi bộ thống nhất đánh giá tháng 10 hoàn thành tốt "
          "nhiệm vụ; tháng 11 tập trung bảo đảm đơn hàng cuối năm, tuyệt đối không để xảy ra tai nạn lao động "
          "về điện; quan tâm tạo nguồn phát triển đảng từ đoàn viên ưu tú; kiến nghị Ban Giám đốc bố trí ca "
          "làm việc phù hợp cho lao động nữ nuôi con nhỏ."),
        P("Biểu quyết thông qua kết luận: tán thành 20/20; không tán thành: 0; ý kiến khác: 0."),
        H("5. Phân công thực hiện"),
        T([(0.29, "Người thực hiện", "l"), (0.50, "Công việc", "l"), (0.21, "Thời hạn", "l")], [
            ["Đ/c Hoàng Minh Tú", "Lồng ghép huấn luyện an toàn điện vào buổi giao ca sáng thứ Hai", "Hằng tuần"],
            ["Đ/c Lê Đức Mạnh", "Lập danh sách đoàn viên ưu tú, đề xuất mở lớp nhận thức về Đảng vào Chủ nhật",
             "Trước 15/11/2024"],
            ["Đ/c Nguyễn Thị Thu Trang, đ/c Giáp Thị Hạnh",
             "Khảo sát số lao động nữ nuôi con dưới 36 tháng tuổi, đề xuất phương án bố trí ca", "Tháng 11/2024"],
            ["Tổ đảng Kho vận", "Rà soát tủ điện, dây dẫn tại khu vực kho thành phẩm", "Trước 05/11/2024"],
        ]),
        P("Cuộc họp kết thúc hồi 16h20 cùng ngày. Biên bản được thư ký đọc lại trước chi bộ, các đồng chí dự "
          "họp nhất trí, không có ý kiến bổ sung."),
        S(["THƯ KÝ", "", "", "Giáp Thị Hạnh"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Thân Văn Lực"]),
    ], "truth": minute(
        meeting("regular", "2024-10-24", "14:00", "16:20", "phòng họp tầng 2, nhà điều hành Công ty", _c1, _p1),
        "Thân Văn Lực", "Bí thư chi bộ", "Giáp Thị Hạnh",
        attendance(21, 20, 1, 1, 0, 0, [("Dương Văn Khải", "trực sản xuất theo lịch ca", True)],
                   [("Ngô Thị Huyền", "Ủy viên Ban Thường vụ Đảng ủy các Khu công nghiệp tỉnh")]),
        True,
        [vote("Thông qua kết luận tháng 10", 20, 0, 0)],
        [task("Hoàng Minh Tú", "Lồng ghép huấn luyện an toàn điện vào buổi giao ca sáng thứ Hai", "Hằng tuần"),
         task("Lê Đức Mạnh", "Lập danh sách đoàn viên ưu tú, đề xuất mở lớp nhận thức về Đảng vào Chủ nhật",
              "15/11/2024"),
         task("Nguyễn Thị Thu Trang",
              "Khảo sát số lao động nữ nuôi con dưới 36 tháng tuổi, đề xuất phương án bố trí ca", "Tháng 11/2024"),
         task("Giáp Thị Hạnh",
              "Khảo sát số lao động nữ nuôi con dưới 36 tháng tuổi, đề xuất phương án bố trí ca", "Tháng 11/2024"),
         task("Tổ đảng Kho vận", "Rà soát tủ điện, dây dẫn tại khu vực kho thành phẩm", "05/11/2024")],
        [])}],
    "flags": [], "scans": [],
})


# y02 — Quảng Ngãi, fishing-port board: thematic meeting on IUU fishing, question-and-answer discussion,
# a boat owner as guest, passive task wording. No flag.
_c2 = "CHI BỘ BAN QUẢN LÝ CẢNG CÁ SA HUỲNH"
_p2 = "ĐẢNG BỘ SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"
_t2 = ("Đảng viên gương mẫu thực hiện các quy định chống khai thác hải sản bất hợp pháp, không báo cáo và "
       "không theo quy định (IUU)")
DOCS.append({
    "name": "y02-quangngai-fishport-thematic-qa", "folder": "test", "born_digital": True,
    "style": {"family": "dvsans", "size": 11, "justify": False, "left": 72, "right": 56, "spacing": 1.4,
              "indent": 0, "para_gap": 4},
    "minutes": [{"blocks": [
        HD(["ĐẢNG BỘ SỞ NÔNG NGHIỆP", "VÀ PHÁT TRIỂN NÔNG THÔN", "CHI BỘ BAN QUẢN LÝ", "CẢNG CÁ SA HUỲNH", "*"],
           [DP, "Đức Phổ, ngày 18 tháng 9 năm 2024"], bold_left=(2, 3)),
        G(6),
        C("BIÊN BẢN", size=14),
        C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024"),
        C("Chuyên đề: " + _t2, bold=False, italic=True),
        G(6),
        P("Hôm nay, ngày 18-9-2024, vào lúc 7 giờ 30 phút, tại hội trường Ban Quản lý cảng cá Sa Huỳnh, Chi bộ "
          "tổ chức sinh hoạt chuyên đề quý III."),
        L("Thành phần:"),
        L("- Đảng viên của chi bộ: 11 đồng chí; có mặt 10 đồng chí; vắng 01 đồng chí: Phạm Văn Tài (trực ca "
          "kiểm soát tàu cá tại cửa biển)."),
        L("- Khách mời: đồng chí Võ Thị Kim Oanh, chuyên viên Ban Tuyên giáo Thị ủy Đức Phổ; ông Huỳnh Tấn Lợi, "
          "chủ tàu cá QNg 90517 TS."),
        L("- Chủ trì: đồng chí Trương Công Danh, Bí thư chi bộ, Trưởng Ban Quản lý."),
        L("- Thư ký: đồng chí Đinh Thị Mỹ Lệ."),
        H("PHẦN MỘT. TRÌNH BÀY CHUYÊN ĐỀ"),
        P("Đồng chí Trương Công Danh trình bày chuyên đề gồm ba nội dung: (1) tình hình khai thác hải sản tại "
          "cảng Sa Huỳnh sau đợt kiểm tra lần thứ tư của Ủy ban châu Âu; (2) những quy định đảng viên phải "
          "gương mẫu chấp hành: thiết bị giám sát hành trình, nhật ký khai thác, xác nhận sản lượng bốc dỡ qua "
          "cảng; (3) trách nhiệm của đảng viên là người thân của chủ tàu, thuyền trưởng. Tính đến ngày "
          "15/9/2024, cảng quản lý 412 tàu, còn 9 tàu chưa cập nhật giấy phép khai thác và 3 tàu có lần mất "
          "kết nối quá 6 giờ trên biển."),
        H("PHẦN HAI. TRAO ĐỔI, HỎI ĐÁP"),
        L("Hỏi (đồng chí Nguyễn Văn Sang, tổ kiểm soát): Tàu không duy trì kết nối giám sát hành trình quá 6 "
          "giờ mà chủ tàu báo hỏng thiết bị thì xử lý thế nào?"),
        L("Trả lời (đồng chí Trương Công Danh): Chủ tàu phải báo vị trí về bờ 6 giờ một lần bằng phương tiện "
          "khác và đưa tàu về bờ trong 10 ngày; quá hạn thì lập biên bản, chuyển Đồn Biên phòng xử lý."),
        L("Hỏi (ông Huỳnh Tấn Lợi): Bạn thuyền là người tỉnh khác đi trên tàu của tôi có phải khai báo tại "
          "cảng Sa Huỳnh không?"),
        L("Trả lời (đồng chí Đinh Thị Mỹ Lệ): Có. Danh sách thuyền viên phải khai đủ trước khi xuất bến; cán "
          "bộ trực cảng đối chiếu căn cước của từng người."),
        L("Đồng chí Lê Thị Ngọc Hà bổ sung: nên in tờ hướng dẫn bằng chữ to, dán tại cầu cảng, vì nhiều thuyền "
          "trưởng lớn tuổi không dùng điện thoại thông minh."),
        L("Đồng chí Võ Thị Kim Oanh đề nghị chi bộ đưa việc thực hiện chuyên đề vào tiêu chí đánh giá, xếp loại "
          "đảng viên cuối năm."),
        H("PHẦN BA. KẾT LUẬN VÀ TỔ CHỨC THỰC HIỆN"),
        P("Kết thúc phần hỏi đáp, đồng chí chủ trì tóm tắt, kết luận: chi bộ thống nhất nội dung chuyên đề; mỗi "
          "đảng viên đăng ký ít nhất một việc làm cụ thể về chống khai thác IUU gắn với vị trí công tác, kiểm "
          "điểm vào cuối năm; không để tàu cá nào không đủ điều kiện xuất bến từ cảng Sa Huỳnh."),
        P("100% đảng viên dự họp đồng ý với nội dung kết luận."),
        P("Về tổ chức thực hiện: đồng chí Nguyễn Văn Sang được giao kiểm tra 100% tàu cá xuất, nhập bến, không "
          "để tàu mất kết nối giám sát hành trình rời cảng; đồng chí Đinh Thị Mỹ Lệ được phân công tổng hợp bản "
          "đăng ký việc làm của đảng viên, nộp chi ủy trước ngày 30/9/2024; Tổ tuyên truyền của Ban được giao "
          "phối hợp với Hội Nghề cá thị xã tuyên truyền trực tiếp cho chủ tàu, thuyền trưởng trước mùa mưa "
          "bão."),
        P("Buổi sinh hoạt chuyên đề kết thúc vào lúc 9 giờ 45 phút cùng ngày. Biên bản đã được thông qua trước "
          "chi bộ, các đồng chí dự họp nhất trí với nội dung ghi."),
        S(["THƯ KÝ", "", "", "Đinh Thị Mỹ Lệ"], ["CHỦ TRÌ", "", "", "Trương Công Danh"]),
    ], "truth": minute(
        meeting("thematic", "2024-09-18", "07:30", "09:45", "hội trường Ban Quản lý cảng cá Sa Huỳnh", _c2, _p2,
                topic=_t2),
        "Trương Công Danh", "Bí thư chi bộ", "Đinh Thị Mỹ Lệ",
        attendance(11, 10, 1, 1, 0, 0, [("Phạm Văn Tài", "trực ca kiểm soát tàu cá tại cửa biển", True)],
                   [("Võ Thị Kim Oanh", "chuyên viên Ban Tuyên giáo Thị ủy Đức Phổ"),
                    ("Huỳnh Tấn Lợi", "chủ tàu cá QNg 90517 TS")]),
        True,
        [vote("Kết luận chuyên đề quý III", pct=100)],
        [task("Nguyễn Văn Sang", "kiểm tra 100% tàu cá xuất, nhập bến, không để tàu mất kết nối giám sát hành "
                                 "trình rời cảng", None),
         task("Đinh Thị Mỹ Lệ", "tổng hợp bản đăng ký việc làm của đảng viên, nộp chi ủy", "30/9/2024"),
         task("Tổ tuyên truyền của Ban", "phối hợp với Hội Nghề cá thị xã tuyên truyền trực tiếp cho chủ tàu, "
                                         "thuyền trưởng", "mùa mưa bão")],
        [])}],
    "flags": [], "scans": [],
})


# y03 — Bến Tre, coconut cooperative: exempt member named, absentee table without a TT column
# ("Không xin phép"), Southern "Anh/Chị/Cô" opinions, show of hands. 12/15 present.
_c3 = "CHI BỘ HỢP TÁC XÃ DỪA AN THẠNH"
_p3 = "ĐẢNG ỦY XÃ AN THẠNH"
DOCS.append({
    "name": "y03-bentre-coconut-coop-absent-table", "folder": "test", "born_digital": True,
    "style": {"family": "serif", "size": 13, "justify": True, "left": 78, "right": 58, "spacing": 1.25,
              "indent": 30},
    "minutes": [{"blocks": [
        HD(["ĐẢNG ỦY XÃ AN THẠNH", "CHI BỘ HỢP TÁC XÃ", "DỪA AN THẠNH", "*"],
           [DP, "An Thạnh, ngày 08 tháng 8 năm 2024"], bold_left=(1, 2)),
        G(6),
        C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 8/2024"),
        G(6),
        P("Vào lúc 13 giờ 30, ngày 08/8/2024, tại văn phòng Hợp tác xã (ấp Thạnh Hòa), Chi bộ Hợp tác xã dừa "
          "An Thạnh họp định kỳ tháng 8."),
        P("Chi bộ có 16 đảng viên, trong đó 01 đồng chí được miễn sinh hoạt (đ/c Lê Văn Chín, 79 tuổi). Dự họp "
          "12/15 đồng chí phải sinh hoạt; vắng 03 đồng chí, gồm:"),
        T([(0.40, "Đảng viên", "l"), (0.60, "Lý do vắng mặt", "l")], [
            ["Nguyễn Thị Bé Tư", "Đưa con đi khám bệnh ở Chợ Rẫy"],
            ["Trần Văn Út", "Không xin phép"],
            ["Huỳnh Thanh Phong", "Đi giao dừa khô cho khách ở Long An"],
        ]),
        P("Chủ trì: đ/c Võ Văn Hiếu – Bí thư chi bộ, Giám đốc Hợp tác xã. Thư ký: đ/c Phan Thị Ngọc Diễm."),
        P("Về tình hình tháng 7: Hợp tác xã thu mua 186.000 trái dừa khô của 74 hộ thành viên, giá bình quân "
          "95.000 đồng/chục, thấp hơn tháng 6 khoảng 10%. 52 ha dừa đã được cấp chứng nhận hữu cơ, 30 ha "
          "đang chuyển đổi. Sâu đầu đen phát sinh ở 4 ha thuộc ấp Thạnh Hòa, đã thả ong ký sinh. Tồn tại: "
          "sổ sách thu mua chưa khớp với tồn kho; một đảng viên vắng họp hai tháng liền."),
        P("Về phương hướng tháng 8: ký thêm hợp đồng bao tiêu; kiểm kê kho; vận động thêm 10 hộ vào tổ liên "
          "kết trồng dừa hữu cơ; chăm lo cho 3 hộ thành viên nghèo trước mùa mưa."),
        P("Ý kiến đảng viên:"),
        L("- Anh Nguyễn Văn Thành (tổ thu mua): giá dừa khô xuống vì thương lái ép giá; đề nghị Hợp tác xã ký "
          "thêm hợp đồng bao tiêu với Công ty Lương Quới cho phần dừa hữu cơ."),
        L("- Chị Phan Thị Ngọc Diễm: sổ thu mua tháng 7 lệch với kho 1.200 trái, cần kiểm kê lại, làm rõ trách "
          "nhiệm thủ kho."),
        L("- Cô Đặng Thị Lụa hỏi về vốn vay ưu đãi chuyển đổi vườn dừa hữu cơ; anh Hiếu trả lời Ngân hàng Chính "
          "sách xã hội huyện đã nhận hồ sơ của 14 hộ, dự kiến giải ngân trong tháng 9."),
        P("Đ/c Bí thư kết luận: chi bộ thống nhất với báo cáo; tháng 8 ưu tiên giữ giá thu mua cho xã viên, "
          "không để tồn đọng dừa khô; làm rõ chênh lệch kho trước kỳ họp sau; nhắc nhở nghiêm đảng viên vắng "
          "họp không xin phép."),
        P("Chi bộ biểu quyết bằng giơ tay: 12/12 đảng viên có mặt tán thành (đạt 100%)."),
        P("Giao đ/c Nguyễn Văn Thành liên hệ Công ty Lương Quới ký hợp đồng bao tiêu dừa hữu cơ, xong trước "
          "ngày 25/8. Đ/c Phan Thị Ngọc Diễm và đ/c Đặng Thị Lụa phụ trách kiểm kê kho, báo cáo chi bộ kỳ họp "
          "tháng 9. Giao Chi ủy gặp riêng đ/c Trần Văn Út, nhắc nhở việc vắng họp không xin phép."),
        P("Cuộc họp kết thúc 15 giờ 40 phút. Thư ký đọc lại biên bản, chi bộ thống nhất thông qua."),
        S(["THƯ KÝ", "", "", "Phan Thị Ngọc Diễm"], ["BÍ THƯ", "", "", "Võ Văn Hiếu"]),
    ], "truth": minute(
        meeting("regular", "2024-08-08", "13:30", "15:40", "văn phòng Hợp tác xã (ấp Thạnh Hòa)", _c3, _p3),
        "Võ Văn Hiếu", "Bí thư chi bộ", "Phan Thị Ngọc Diễm",
        attendance(16, 12, 3, 2, 1, 1, [("Nguyễn Thị Bé Tư", "Đưa con đi khám bệnh ở Chợ Rẫy", True),
                                        ("Trần Văn Út", "Không xin phép", False),
                                        ("Huỳnh Thanh Phong", "Đi giao dừa khô cho khách ở Long An", True)]),
        True,
        [vote("Thông qua kết luận tháng 8", 12, pct=100)],
        [task("Nguyễn Văn Thành", "liên hệ Công ty Lương Quới ký hợp đồng bao tiêu dừa hữu cơ", "25/8"),
         task("Phan Thị Ngọc Diễm", "kiểm kê kho, báo cáo chi bộ", "kỳ họp tháng 9"),
         task("Đặng Thị Lụa", "kiểm kê kho, báo cáo chi bộ", "kỳ họp tháng 9"),
         task("Chi ủy", "gặp riêng đ/c Trần Văn Út, nhắc nhở việc vắng họp không xin phép", None)],
        ["low_attendance", "unexcused_absence"])}],
    "flags": [], "scans": [],
})


# y04 — Hà Nội, university history faculty: regular + thematic in 155 min, degrees before names, opinions
# introduced by a count, two votes, a department as assignee, 2 pages with running head and "Trang n/N".
_c4 = "CHI BỘ KHOA LỊCH SỬ"
_p4 = "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC KHOA HỌC XÃ HỘI VÀ NHÂN VĂN"
_t4 = ("Nâng cao chất lượng hướng dẫn nghiên cứu sinh, học viên cao học trong điều kiện tự chủ đại học")
DOCS.append({
    "name": "y04-hanoi-university-combined-2p", "folder": "test", "born_digital": True,
    "style": {"family": "serif", "size": 13, "justify": True, "left": 85, "right": 60, "spacing": 1.3,
              "indent": 32, "head": "Biên bản sinh hoạt Chi bộ Khoa Lịch sử – tháng 11/2024",
              "foot": "Trang {n}/{N}"},
    "minutes": [{"blocks": [
        HD(["ĐẢNG BỘ TRƯỜNG ĐẠI HỌC", "KHOA HỌC XÃ HỘI VÀ NHÂN VĂN", "CHI BỘ KHOA LỊCH SỬ", "*",
            "Số: 11-BB/CB"], [DP, "Hà Nội, ngày 12 tháng 11 năm 2024"], bold_left=(2,)),
        G(4),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11/2024"),
        C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV"),
        C("Chủ đề chuyên đề: " + _t4, bold=False, italic=True),
        G(6),
        L("Thời gian: từ 14 giờ 00 đến 16 giờ 35, thứ Ba, ngày 12/11/2024."),
        L("Địa điểm: Phòng 305, nhà B, 336 Nguyễn Trãi, Thanh Xuân."),
        L("Chủ trì: PGS.TS. Đỗ Thị Thanh Hoà, Bí thư chi bộ, Trưởng khoa."),
        L("Thư ký: ThS. Bạch Ngọc Quyên."),
        P("Đảng viên: tổng số 18; miễn sinh hoạt 02 (GS.TS. Lã Văn Cường và PGS.TS. Kiều Thị Xuân, đã nghỉ "
          "hưu, tuổi cao); có mặt 15/16; vắng 01: TS. Lưu Thuý Nga (đi khảo sát thực địa tại Điện Biên, có xin "
          "phép). Dự và chỉ đạo có đồng chí Mạc Văn Trung, Ủy viên Ban Thường vụ Đảng ủy Trường."),
        H("I – PHẦN SINH HOẠT THƯỜNG KỲ"),
        H("1. Kết quả tháng 10", bold=False, italic=True),
        P("Khoa hoàn thành tuyển sinh cao học đợt 2 với 23 học viên, bảo vệ thành công 4 luận án tiến sĩ cấp "
          "cơ sở; đăng 7 bài báo trên tạp chí quốc tế có chỉ số Scopus. Tổ chức chu đáo hội thảo kỷ niệm 70 "
          "năm Ngày Giải phóng Thủ đô. Hạn chế: 3 nghiên cứu sinh quá hạn chưa nộp báo cáo tiến độ; một "
          "số đảng viên trẻ chưa đăng ký đề tài cấp cơ sở."),
        H("2. Nhiệm vụ tháng 11", bold=False, italic=True),
        P("Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11; hoàn thành đánh giá, xếp loại viên "
          "chức và đảng viên năm 2024; chuẩn bị kiểm định chương trình thạc sĩ Lịch sử Việt Nam."),
        H("II – PHẦN SINH HOẠT CHUYÊN ĐỀ"),
        P("TS. Nguyễn Hữu Quang trình bày chuyên đề, nêu thực trạng: bình quân mỗi giảng viên hướng dẫn 3,4 "
          "học viên, có người tới 8; 30% luận văn phải chỉnh sửa lớn sau phản biện; kinh phí tự chủ chưa đủ "
          "hỗ trợ nghiên cứu sinh đi điền dã. Đề xuất bốn giải pháp về định mức hướng dẫn, seminar bắt buộc "
          "hằng quý, kiểm tra trùng lặp và quỹ hỗ trợ điền dã."),
        P("Có 6 ý kiến tham gia, cụ thể:"),
        L("(1) PGS.TS. Trần Kiều Anh: đồng tình với định mức tối đa 5 học viên một giảng viên; đề nghị tính "
          "giờ hướng dẫn vào giờ chuẩn."),
        L("(2) ThS. Vương Đức Nhuận: giảng viên trẻ muốn đồng hướng dẫn nhưng chưa có quy định rõ quyền lợi."),
        L("(3) TS. Hà Mạnh Cường: không nên cứng nhắc về định mức vì chuyên ngành khảo cổ học thiếu người hướng "
          "dẫn; đề nghị có ngoại lệ."),
        L("(4) ThS. Bạch Ngọc Quyên: nên dùng phần mềm kiểm tra trùng lặp cho cả đề cương, không chỉ bản "
          "luận văn cuối."),
        L("(5) TS. Nguyễn Hữu Quang giải trình thêm về nguồn quỹ điền dã từ các hợp đồng tư vấn di sản."),
        L("(6) Đồng chí Mạc Văn Trung ghi nhận cách làm của Khoa, đề nghị chi bộ ban hành nghị quyết chuyên đề "
          "để làm căn cứ kiểm tra."),
        H("III – KẾT LUẬN, BIỂU QUYẾT"),
        P("Đồng chí chủ trì kết luận: chi bộ đánh giá tháng 10 hoàn thành tốt nhiệm vụ. Về chuyên đề, thống "
          "nhất áp dụng định mức tối đa 5 học viên mỗi giảng viên, có ngoại lệ cho chuyên ngành thiếu cán bộ "
          "do Hội đồng Khoa học khoa xem xét; tổ chức seminar tiến độ hằng quý; ban hành Nghị quyết chuyên đề "
          "trên cơ sở kết luận này."),
        P("Chi bộ biểu quyết thông qua kết luận của đồng chí chủ trì: 14/15 đồng chí tán thành, đạt 93,3%; 01 "
          "đồng chí không tán thành (đề nghị bỏ giới hạn định mức)."),
        P("Chi bộ biểu quyết về nội dung chuyên đề và các giải pháp đề xuất: 15/15 đồng chí nhất trí (100%)."),
        H("IV – PHÂN CÔNG"),
        L("- Bộ môn Lịch sử Việt Nam cổ trung đại: rà soát đề cương luận án của 7 nghiên cứu sinh năm thứ nhất, "
          "xong trước 20/12/2024."),
        L("- TS. Nguyễn Hữu Quang: xây dựng quy trình kiểm tra trùng lặp đề cương và luận văn, trình Hội đồng "
          "Khoa học khoa trong học kỳ II năm học 2024-2025."),
        L("- ThS. Bạch Ngọc Quyên và ThS. Vương Đức Nhuận: hoàn thiện dự thảo Nghị quyết chuyên đề, trình chi "
          "ủy ký ban hành, hạn chót 25/11/2024."),
        P("Sinh hoạt kết thúc lúc 16 giờ 35 phút. Biên bản đã được đọc lại; chi bộ nhất trí thông qua, không "
          "có ý kiến khác."),
        S(["THƯ KÝ", "", "", "ThS. Bạch Ngọc Quyên"], ["CHỦ TRÌ", "", "", "PGS.TS. Đỗ Thị Thanh Hoà"]),
    ], "truth": minute(
        meeting("regular", "2024-11-12", "14:00", "16:35", "Phòng 305, nhà B, 336 Nguyễn Trãi, Thanh Xuân",
                _c4, _p4, topic=_t4),
        "Đỗ Thị Thanh Hoà", "Bí thư chi bộ", "Bạch Ngọc Quyên",
        attendance(18, 15, 1, 1, 0, 2,
                   [("Lưu Thuý Nga", "đi khảo sát thực địa tại Điện Biên, có xin phép", True)],
                   [("Mạc Văn Trung", "Ủy viên Ban Thường vụ Đảng ủy Trường")]),
        True,
        [vote("Kết luận của đồng chí chủ trì", 14, 1, None, 93.3),
         vote("Nội dung chuyên đề và các giải pháp", 15, pct=100)],
        [task("Bộ môn Lịch sử Việt Nam cổ trung đại",
              "rà soát đề cương luận án của 7 nghiên cứu sinh năm thứ nhất", "20/12/2024"),
         task("Nguyễn Hữu Quang", "xây dựng quy trình kiểm tra trùng lặp đề cương và luận văn, trình Hội đồng "
                                  "Khoa học khoa", "học kỳ II năm học 2024-2025"),
         task("Bạch Ngọc Quyên", "hoàn thiện dự thảo Nghị quyết chuyên đề, trình chi ủy ký ban hành", "25/11/2024"),
         task("Vương Đức Nhuận", "hoàn thiện dự thảo Nghị quyết chuyên đề, trình chi ủy ký ban hành",
              "25/11/2024")],
        [])}],
    "flags": [], "scans": [],
})


# y05 — Gia Lai, Jrai village: "thảo luận sôi nổi" with unnamed suggestions only; tasks with a village elder
# as partner; ends with the end time and no read-back.
_c5 = "CHI BỘ LÀNG BUNG"
_p5 = "ĐẢNG ỦY XÃ IA PHÍ"
DOCS.append({
    "name": "y05-gialai-jrai-village-no-discussion", "folder": "test", "born_digital": True,
    "style": {"family": "dejavu", "size": 12, "justify": True, "left": 80, "right": 60, "spacing": 1.35,
              "indent": 26},
    "minutes": [{"blocks": [
        HD(["ĐẢNG ỦY XÃ IA PHÍ", "CHI BỘ LÀNG BUNG", "*"], [DP, "Ia Phí, ngày 05 tháng 12 năm 2024"]),
        G(8),
        C("BIÊN BẢN SINH HOẠT CHI BỘ"),
        C("Tháng 12 năm 2024", bold=False),
        G(6),
        P("Hồi 19 giờ 30 phút ngày 05 tháng 12 năm 2024, tại nhà rông làng Bung, Chi bộ làng Bung tiến hành "
          "sinh hoạt thường kỳ tháng 12."),
        P("Tổng số đảng viên: 13 đồng chí (chính thức 12, dự bị 01). Có mặt: 13/13, đạt 100%. Dự sinh hoạt có "
          "đồng chí Ksor Dơng, Đảng ủy viên, phụ trách địa bàn."),
        P("Đồng chí Rơ Châm Nhin, Bí thư chi bộ kiêm Trưởng làng, chủ trì; đồng chí Siu H'Prai ghi biên bản."),
        H("Đánh giá tháng 11", italic=True),
        P("Bà con làng thu hoạch xong 96 ha cà phê, năng suất bình quân 3,1 tấn nhân/ha, giá cao nên nhiều hộ "
          "trả được nợ vay. 11 hộ đã làm xong chuồng trại xa nhà ở. An ninh trật tự ổn định, không có người "
          "đi lao động ở nước ngoài trái phép. Tồn tại: còn 4 học sinh lớp 7, lớp 8 bỏ học theo gia đình lên "
          "rẫy; có 1 trường hợp tảo hôn chưa ngăn chặn được; đường nội làng đoạn qua bến nước bị sạt lở."),
        H("Phương hướng tháng 12", italic=True),
        P("Vận động học sinh bỏ học trở lại lớp; tuyên truyền phòng, chống tảo hôn và hôn nhân cận huyết; "
          "sửa đường, dọn vệ sinh đón Tết; chuẩn bị bình xét hộ nghèo, cận nghèo năm 2025."),
        P("Chi bộ thảo luận sôi nổi, các ý kiến đều nhất trí với báo cáo; một số ý kiến đề nghị làng quan tâm "
          "hơn việc vận động học sinh bỏ học quay lại trường và chuẩn bị đón Tết an toàn, tiết kiệm."),
        H("Kết luận", italic=True),
        P("Đồng chí Bí thư kết luận: chi bộ thống nhất đánh giá tháng 11 làng hoàn thành nhiệm vụ; tháng 12 "
          "tập trung ba việc: đưa 4 học sinh trở lại trường, không để phát sinh tảo hôn mới, sửa xong đoạn "
          "đường sạt lở trước khi đón Tết."),
        P("Biểu quyết: 13/13 đồng chí nhất trí, tỷ lệ 100%."),
        P("Phân công: đ/c Rơ Châm Nhin cùng già làng Ksor Blai vận động 4 học sinh bỏ học trở lại lớp, xong "
          "trước ngày 20/12/2024; đ/c Siu H'Prai (Chi hội trưởng Phụ nữ) tuyên truyền phòng, chống tảo hôn tại "
          "buổi họp làng; Chi đoàn làng ra quân dọn vệ sinh, sửa đường nội làng trước Tết Nguyên đán."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút."),
        S(["THƯ KÝ", "", "", "Siu H'Prai"], ["CHỦ TRÌ", "", "", "Rơ Châm Nhin"]),
    ], "truth": minute(
        meeting("regular", "2024-12-05", "19:30", "21:15", "nhà rông làng Bung", _c5, _p5),
        "Rơ Châm Nhin", "Bí thư chi bộ", "Siu H'Prai",
        attendance(13, 13, 0, 0, 0, 0, [], [("Ksor Dơng", "Đảng ủy viên, phụ trách địa bàn")]),
        True,
        [vote("Kết luận tháng 12", 13, pct=100)],
        [task("Rơ Châm Nhin", "cùng già làng Ksor Blai vận động 4 học sinh bỏ học trở lại lớp", "20/12/2024"),
         task("Siu H'Prai", "tuyên truyền phòng, chống tảo hôn tại buổi họp làng", None),
         task("Chi đoàn làng", "ra quân dọn vệ sinh, sửa đường nội làng", "Tết Nguyên đán")],
        ["no_discussion", "not_approved"])}],
    "flags": [], "scans": [],
})


# y06 — Ninh Thuận, Cham weavers' quarter: the Bí thư away at school, the deputy presides ("Chủ tọa");
# "Mục n." headings; opinions, then tasks — no conclusion and no vote.
_c6 = "CHI BỘ KHU PHỐ MỸ NGHIỆP"
_p6 = "ĐẢNG ỦY THỊ TRẤN PHƯỚC DÂN"
DOCS.append({
    "name": "y06-ninhthuan-cham-weavers-no-conclusion", "folder": "test", "born_digital": True,
    "style": {"family": "serif", "size": 14, "justify": False, "left": 82, "right": 52, "spacing": 1.25,
              "indent": 0, "para_gap": 5},
    "minutes": [{"blocks": [
        HD(["ĐẢNG ỦY THỊ TRẤN PHƯỚC DÂN", "CHI BỘ KHU PHỐ MỸ NGHIỆP", "*"],
           [DP, "Phước Dân, ngày 14 tháng 3 năm 2025"], size=12),
        G(8),
        C("BIÊN BẢN HỌP CHI BỘ KỲ THÁNG 3 NĂM 2025"),
        G(8),
        L("Vào lúc 8h00 ngày 14.3.2025, tại hội trường khu phố Mỹ Nghiệp, Chi bộ khu phố Mỹ Nghiệp họp thường "
          "kỳ tháng 3."),
        L("Dự họp: 18/19 đảng viên."),
        L("Vắng: đ/c Châu Văn Kiên, Bí thư chi bộ (đi học trung cấp lý luận chính trị tại Trường Chính trị "
          "tỉnh)."),
        L("Khách mời: ông Lưu Quang Sử, người có uy tín trong đồng bào Chăm khu phố."),
        L("Chủ tọa: đ/c Quảng Đại Phước, Phó Bí thư chi bộ."),
        L("Ghi biên bản: đ/c Phú Thị Thu Sương."),
        H("Mục 1. Thông tin"),
        L("Đồng chí chủ tọa thông tin chủ trương sắp xếp đơn vị hành chính cấp xã, không tổ chức cấp huyện; "
          "kế hoạch của tỉnh phát triển làng nghề gắn với du lịch cộng đồng."),
        H("Mục 2. Kết quả tháng 2, việc làm tháng 3"),
        L("Tháng 2, Hợp tác xã dệt thổ cẩm Mỹ Nghiệp bán được 1.480 sản phẩm, doanh thu 612 triệu đồng; khu "
          "phố đón 27 đoàn khách tham quan, phần lớn là khách nước ngoài. Đường bê tông nội khu phố đã đổ "
          "được 320 m, còn 5 hộ chưa nộp quỹ. Tồn tại: lối vào nhà trưng bày còn lầy lội; một số thanh niên đi "
          "làm xa chưa chuyển sinh hoạt Đoàn. Tháng 3: hoàn thành con đường; giữ an ninh trật tự trong tháng "
          "Ramưwan của bà con Chăm Bà-ni; bồi dưỡng thợ dệt trẻ để phát triển đảng viên."),
        H("Mục 3. Ý kiến"),
        L("Đ/c Báo Xuân Hiếu (Trưởng khu phố) báo cáo thêm: 5 hộ chưa nộp quỹ đều là hộ khó khăn, đề nghị cho "
          "nộp làm hai đợt."),
        L("Đ/c Thiên Sanh Đào nêu: khách hỏi mua khăn dệt tay nhiều nhưng thợ trẻ bỏ nghề đi làm công nhân; đề "
          "nghị Hợp tác xã tăng tiền công, mở lớp dạy dệt cho các em gái vào dịp hè."),
        L("Ông Lưu Quang Sử phát biểu: bà con đồng thuận làm đường; trong tháng Ramưwan đề nghị không tổ chức "
          "văn nghệ ồn ào gần thánh đường."),
        L("Đ/c Phú Thị Thu Sương đề nghị lập hồ sơ phong tặng danh hiệu Nghệ nhân cho bà Đàng Thị Tơ, 82 tuổi, "
          "người truyền nghề dệt lâu năm nhất khu phố."),
        H("Mục 4. Phân công"),
        L("Đ/c Báo Xuân Hiếu chịu trách nhiệm cùng Ban Chức sắc giữ gìn an ninh trật tự quanh thánh đường, "
          "suốt tháng Ramưwan."),
        L("Đ/c Thiên Sanh Đào và đ/c Phú Thị Thu Sương lập hồ sơ đề nghị phong tặng danh hiệu Nghệ nhân cho bà "
          "Đàng Thị Tơ, nộp Ủy ban nhân dân thị trấn chậm nhất ngày 10/4/2025."),
        L("Tổ đảng số 2 vận động 5 hộ còn lại nộp quỹ làm đường, báo cáo kết quả tại kỳ họp tháng 4."),
        L("Cuộc họp kết thúc lúc 10 giờ 05 phút. Biên bản đọc lại cho chi bộ nghe, mọi người nhất trí."),
        S(["NGƯỜI GHI BIÊN BẢN", "", "", "Phú Thị Thu Sương"], ["CHỦ TỌA", "", "", "Quảng Đại Phước"]),
    ], "truth": minute(
        meeting("regular", "2025-03-14", "08:00", "10:05", "hội trường khu phố Mỹ Nghiệp", _c6, _p6),
        "Quảng Đại Phước", "Phó Bí thư chi bộ", "Phú Thị Thu Sương",
        attendance(19, 18, 1, 1, 0, 0,
                   [("Châu Văn Kiên", "đi học trung cấp lý luận chính trị tại Trường Chính trị tỉnh", True)],
                   [("Lưu Quang Sử", "người có uy tín trong đồng bào Chăm khu phố")]),
        False,
        [],
        [task("Báo Xuân Hiếu", "cùng Ban Chức sắc giữ gìn an ninh trật tự quanh thánh đường",
              "suốt tháng Ramưwan"),
         task("Thiên Sanh Đào", "lập hồ sơ đề nghị phong tặng danh hiệu Nghệ nhân cho bà Đàng Thị Tơ, nộp Ủy ban "
                                "nhân dân thị trấn", "10/4/2025"),
         task("Phú Thị Thu Sương", "lập hồ sơ đề nghị phong tặng danh hiệu Nghệ nhân cho bà Đàng Thị Tơ, nộp Ủy "
                                   "ban nhân dân thị trấn", "10/4/2025"),
         task("Tổ đảng số 2", "vận động 5 hộ còn lại nộp quỹ làm đường, báo cáo kết quả", "kỳ họp tháng 4")],
        ["missing_conclusion", "missing_vote"])}],
    "flags": [], "scans": [],
})


# y07 — Lạng Sơn, border-guard unit two days before Tết: ranks everywhere, "Quân số đảng viên",
# conclusion as a numbered list carrying the tasks. No flag.
_c7 = "CHI BỘ ĐỘI VŨ TRANG"
_p7 = "ĐẢNG BỘ ĐỒN BIÊN PHÒNG CỬA KHẨU CHI MA"
DOCS.append({
    "name": "y07-langson-border-guard-clean", "folder": "test", "born_digital": True,
    "style": {"family": "serif", "size": 13, "justify": True, "left": 85, "right": 57, "spacing": 1.3,
              "indent": 35},
    "minutes": [{"blocks": [
        HD(["ĐẢNG BỘ ĐỒN BIÊN PHÒNG", "CỬA KHẨU CHI MA", "CHI BỘ ĐỘI VŨ TRANG", "*"],
           [DP, "Lộc Bình, ngày 27 tháng 01 năm 2025"], bold_left=(2,)),
        G(6),
        C("BIÊN BẢN HỘI NGHỊ CHI BỘ THÁNG 01 NĂM 2025"),
        G(6),
        H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
        L("1. Thời gian: bắt đầu từ 07h30 ngày 27/01/2025 (28 tháng Chạp năm Giáp Thìn)."),
        L("2. Địa điểm: Hội trường Đồn Biên phòng Cửa khẩu Chi Ma."),
        L("3. Thành phần:"),
        P("Quân số đảng viên của chi bộ 15 đồng chí; có mặt 14 đồng chí; vắng 01 đồng chí (Trung úy Hoàng Văn "
          "Thắm đang làm nhiệm vụ tuần tra biên giới)."),
        P("Chủ trì hội nghị: Thiếu tá Lộc Văn Tuấn – Bí thư chi bộ, Phó Chính trị viên Đồn."),
        P("Thư ký hội nghị: Thượng úy Nông Thị Thu Hằng."),
        H("II. NỘI DUNG"),
        L("1. Quán triệt nhiệm vụ"),
        P("Đồng chí Bí thư quán triệt mệnh lệnh trực sẵn sàng chiến đấu dịp Tết Nguyên đán Ất Tỵ 2025 của Bộ "
          "Chỉ huy Bộ đội Biên phòng tỉnh; kế hoạch phối hợp với Công an, Hải quan cửa khẩu chống buôn lậu "
          "pháo nổ, vận chuyển hàng cấm qua biên giới."),
        L("2. Kết quả tháng 01"),
        P("Đơn vị tổ chức 46 lượt tuần tra song phương và đơn phương, bảo đảm an toàn tuyệt đối các mốc giới; "
          "phối hợp bắt 2 vụ vận chuyển pháo trái phép, thu giữ 86 kg; tổ chức chương trình “Xuân Biên phòng "
          "ấm lòng dân bản”, trao 120 suất quà cho hộ nghèo xã Yên Khoái. Hạn chế: một số cán bộ trẻ còn lúng "
          "túng khi giải quyết thủ tục cho người dân qua lại biên giới."),
        L("3. Ý kiến thảo luận"),
        P("Đại úy Vi Văn Khánh (Đội trưởng Đội vũ trang) đồng tình với báo cáo, đề nghị bổ sung lực lượng phục "
          "kích tại các đường mòn, lối mở trong ba ngày giáp Tết, vì đối tượng thường lợi dụng lúc dân đi chợ "
          "Tết."),
        P("Trung úy Lăng Văn Tùng nêu quần chúng Hà Văn Lự, chiến sĩ năm thứ hai, đã qua lớp bồi dưỡng nhận "
          "thức về Đảng, rèn luyện tốt; kiến nghị chi bộ làm thủ tục xem xét kết nạp."),
        P("Thiếu úy Chu Thị Mai trao đổi về việc trong đơn vị có 3 đồng chí quê xa không về Tết, đề nghị tổ "
          "chức đón giao thừa cùng bà con bản Khòn Pát."),
        H("III. KẾT LUẬN"),
        P("Thiếu tá Lộc Văn Tuấn thay mặt chi ủy kết luận:"),
        L("1. Chi bộ hoàn thành tốt nhiệm vụ tháng 01; duy trì nghiêm chế độ trực sẵn sàng chiến đấu 100% quân "
          "số từ 28 tháng Chạp đến hết mùng 6 Tết."),
        L("2. Giao Đại úy Vi Văn Khánh chỉ huy tổ tuần tra, phục kích tại các đường mòn, lối mở trên địa bàn xã "
          "Yên Khoái suốt dịp Tết Nguyên đán."),
        L("3. Thượng úy Nông Thị Thu Hằng chủ trì, phối hợp Đoàn thanh niên xã Yên Khoái gói 200 chiếc bánh "
          "chưng tặng hộ nghèo, hoàn thành trước 12 giờ ngày 28/01/2025."),
        L("4. Trung úy Lăng Văn Tùng hoàn chỉnh hồ sơ đề nghị kết nạp quần chúng Hà Văn Lự, trình chi ủy trong "
          "quý I/2025."),
        P("Chi bộ biểu quyết tán thành kết luận: 14/14 đồng chí có mặt nhất trí (100%)."),
        P("Hội nghị kết thúc vào hồi 09 giờ 40 phút cùng ngày. Biên bản đã được thông qua trước hội nghị, 14/14 "
          "đồng chí nhất trí."),
        S(["THƯ KÝ", "", "", "Thượng úy Nông Thị Thu Hằng"],
          ["T/M CHI BỘ", "BÍ THƯ", "", "", "Thiếu tá Lộc Văn Tuấn"]),
    ], "truth": minute(
        meeting("regular", "2025-01-27", "07:30", "09:40", "Hội trường Đồn Biên phòng Cửa khẩu Chi Ma", _c7, _p7),
        "Lộc Văn Tuấn", "Bí thư chi bộ", "Nông Thị Thu Hằng",
        attendance(15, 14, 1, 1, 0, 0, [("Hoàng Văn Thắm", "đang làm nhiệm vụ tuần tra biên giới", True)]),
        True,
        [vote("Kết luận tháng 01", 14, pct=100)],
        [task("Vi Văn Khánh", "chỉ huy tổ tuần tra, phục kích tại các đường mòn, lối mở trên địa bàn xã Yên Khoái",
              "suốt dịp Tết Nguyên đán"),
         task("Nông Thị Thu Hằng", "chủ trì, phối hợp Đoàn thanh niên xã Yên Khoái gói 200 chiếc bánh chưng tặng "
                                   "hộ nghèo", "12 giờ ngày 28/01/2025"),
         task("Lăng Văn Tùng", "hoàn chỉnh hồ sơ đề nghị kết nạp quần chúng Hà Văn Lự, trình chi ủy", "quý I/2025")],
        [])}],
    "flags": [], "scans": [],
})


# y08 — Tây Ninh, primary school after classes: "–" headings, opinions through a job title plus the name,
# 70 minutes, only a general call to every member.
_c8 = "CHI BỘ TRƯỜNG TIỂU HỌC LONG THÀNH BẮC"
_p8 = "ĐẢNG BỘ PHƯỜNG LONG THÀNH BẮC"
DOCS.append({
    "name": "y08-tayninh-school-70min-general", "folder": "test", "born_digital": True,
    "style": {"family": "sans", "size": 12, "justify": False, "left": 75, "right": 60, "spacing": 1.3,
              "indent": 24},
    "minutes": [{"blocks": [
        HD(["ĐẢNG BỘ PHƯỜNG LONG THÀNH BẮC", "CHI BỘ TRƯỜNG TIỂU HỌC", "LONG THÀNH BẮC", "*"],
           [DP, "Hòa Thành, ngày 04 tháng 11 năm 2024"], bold_left=(1, 2), size=11),
        G(6),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11"),
        G(6),
        L("Bắt đầu: 16h45 ngày 04/11/2024 (sau buổi dạy chiều)."),
        L("Tại: phòng Hội đồng sư phạm, điểm trường chính."),
        L("Đảng viên: 12/12 đồng chí có mặt (có 02 đảng viên dự bị)."),
        L("Đồng chí Trần Thị Mỹ Dung – Bí thư chi bộ, Hiệu trưởng – điều hành; đồng chí Lâm Hoàng Phúc ghi "
          "biên bản."),
        H("– Thông tin:"),
        P("Triển khai văn bản của Phòng Giáo dục và Đào tạo thị xã về các hoạt động chào mừng Ngày Nhà giáo "
          "Việt Nam 20/11; dự thảo quy định mới về dạy thêm, học thêm đang được lấy ý kiến giáo viên."),
        H("– Đánh giá tháng 10:"),
        P("Trường duy trì sĩ số 612/612 học sinh, không có học sinh bỏ học; 100% giáo viên hoàn thành kế hoạch "
          "bài dạy tuần; Liên đội thu gom 430 kg giấy vụn. Tồn tại: còn 9 học sinh lớp 1 đọc chậm; bếp ăn "
          "bán trú chưa ghi sổ kiểm thực ba bước đầy đủ."),
        H("– Thảo luận:"),
        P("Đồng chí Tổ trưởng khối 1 Nguyễn Thị Kim Loan phản ánh 9 em đọc chậm phần lớn là con gia đình đi "
          "làm công nhân ở Khu công nghiệp Trảng Bàng, buổi tối ít được kèm cặp; đề xuất phụ đạo vào chiều "
          "thứ Sáu."),
        P("Đồng chí Tổng phụ trách Đội Võ Minh Trí giải trình việc chậm nộp kế hoạch hội diễn văn nghệ là do "
          "chờ lịch chung của Phòng Giáo dục."),
        P("Chị Huỳnh Thị Bích Tuyền (giáo viên tiếng Anh) hỏi việc thu tiền học tiếng Anh tăng cường có đúng "
          "quy định hay không; đồng chí Bí thư trả lời nhà trường sẽ xin ý kiến Phòng Giáo dục trước khi thu."),
        H("– Đồng chí chủ trì kết luận:"),
        P("Chi bộ thống nhất đánh giá tháng 10 hoàn thành nhiệm vụ. Tháng 11 tập trung thi đua dạy tốt, học tốt "
          "chào mừng ngày 20/11; chấn chỉnh ngay việc ghi sổ kiểm thực ba bước tại bếp ăn bán trú; quan tâm "
          "phụ đạo học sinh đọc chậm."),
        P("Chi bộ nhất trí thông qua kết luận với 12/12 đồng chí tán thành."),
        P("Đề nghị các đồng chí đảng viên gương mẫu đi đầu trong phong trào thi đua, mỗi đồng chí đăng ký ít "
          "nhất một tiết dạy tốt và vận động cha mẹ học sinh cùng phối hợp kèm cặp các em."),
        P("Họp xong lúc 17h55 cùng ngày. Biên bản đã đọc lại cho chi bộ nghe và được thông qua."),
        S(["THƯ KÝ", "", "", "Lâm Hoàng Phúc"], ["CHỦ TRÌ", "", "", "Trần Thị Mỹ Dung"]),
    ], "truth": minute(
        meeting("regular", "2024-11-04", "16:45", "17:55", "phòng Hội đồng sư phạm, điểm trường chính", _c8, _p8),
        "Trần Thị Mỹ Dung", "Bí thư chi bộ", "Lâm Hoàng Phúc",
        attendance(12, 12, 0, 0, 0, 0),
        True,
        [vote("Kết luận tháng 11", 12)],
        [],
        ["missing_assignments", "short_meeting"])}],
    "flags": [], "scans": [],
})


# y09 — Bình Định, ward neighbourhood cell on a printed form: "Số: ……", dotted guest line, dotted
# "Ý kiến khác", a dotted deadline, a dotted approval count, "(Ký, ghi rõ họ tên)".
_c9 = "CHI BỘ KHU VỰC 7"
_p9 = "ĐẢNG BỘ PHƯỜNG NHƠN BÌNH"
DOCS.append({
    "name": "y09-binhdinh-ward-printed-form", "folder": "test", "born_digital": True,
    "style": {"family": "serif", "size": 12, "justify": False, "left": 78, "right": 60, "spacing": 1.4,
              "indent": 0, "para_gap": 3},
    "minutes": [{"blocks": [
        HD(["ĐẢNG BỘ PHƯỜNG NHƠN BÌNH", "CHI BỘ KHU VỰC 7", "Số: ……-BB/CB"],
           [DP, "Quy Nhơn, ngày 10 tháng 10 năm 2024"]),
        G(6),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2024"),
        G(6),
        H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
        L("1. Thời gian: Bắt đầu lúc 19 giờ 00 phút, ngày 10/10/2024."),
        L("2. Địa điểm: Nhà văn hóa khu vực 7."),
        L("3. Thành phần:"),
        L("- Tổng số đảng viên của chi bộ: 24 đồng chí; miễn sinh hoạt: 03 đồng chí."),
        L("- Có mặt: 19 đồng chí; vắng: 02 đồng chí (có lý do: 02; không lý do: 0)."),
        L("- Đảng viên vắng: đ/c Lê Thị Hồng (ốm), đ/c Đoàn Văn Bảy (đi biển)."),
        L("- Khách mời: ………………………………………………"),
        L("4. Chủ trì: đ/c Tô Văn Nghĩa, chức vụ: Bí thư chi bộ."),
        L("5. Thư ký: đ/c Lương Thị Thanh Thúy."),
        H("II. NỘI DUNG SINH HOẠT"),
        L("1. Thông tin thời sự, phổ biến văn bản mới:"),
        P("Thông tin tình hình mưa lũ ở các tỉnh phía Bắc sau bão số 3 và kết quả quyên góp ủng hộ của phường; "
          "phổ biến Luật Đất đai năm 2024 về cấp giấy chứng nhận cho đất không có giấy tờ."),
        L("2. Đánh giá kết quả thực hiện nhiệm vụ tháng 9:"),
        P("Khu vực quyên góp được 18,6 triệu đồng ủng hộ đồng bào bị bão lũ; 96% hộ đăng ký gia đình văn hóa; "
          "hoàn thành thu quỹ an ninh quốc phòng. Tồn tại: còn rác thải đổ ven đầm Thị Nại; 3 hộ neo đơn ở "
          "nhà tạm chưa được gia cố trước mùa mưa bão."),
        L("3. Ý kiến thảo luận:"),
        L("- Đ/c Hồ Ngọc Sơn: đề nghị phường hỗ trợ vật liệu để gia cố nhà cho 3 hộ neo đơn, khu vực góp ngày "
          "công."),
        L("- Đ/c Nguyễn Bá Tùng (Trưởng ban công tác Mặt trận): quỹ Vì người nghèo năm nay mới đạt 60%, cần vận "
          "động thêm các hộ kinh doanh."),
        L("- Đ/c Lương Thị Thanh Thúy: đề nghị lắp biển cấm đổ rác và camera tại điểm nóng ven đầm."),
        L("4. Kết luận của đồng chí chủ trì:"),
        P("Chi bộ thống nhất đánh giá tháng 9 hoàn thành tốt nhiệm vụ; tháng 10 ưu tiên bảo đảm an toàn cho "
          "hộ neo đơn trong mùa mưa bão, xử lý dứt điểm điểm đổ rác ven đầm Thị Nại, hoàn thành chỉ tiêu quỹ "
          "Vì người nghèo."),
        L("5. Biểu quyết: Tán thành: 19/19 đồng chí; Không tán thành: 0; Ý kiến khác: ……"),
        L("6. Phân công thực hiện:"),
        L("- Đ/c Hồ Ngọc Sơn: gia cố nhà ở cho 3 hộ neo đơn, xong trước ngày 25/10/2024."),
        L("- Đ/c Nguyễn Bá Tùng: vận động quỹ Vì người nghèo, thời gian: ……………"),
        L("- Chi hội Cựu chiến binh: tuần tra, nhắc nhở việc đổ rác ven đầm, hằng đêm thứ Bảy."),
        H("III. KẾT THÚC"),
        L("Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút, ngày 10/10/2024. Biên bản được thông qua trước chi bộ, "
          "được ……/…… đồng chí nhất trí."),
        S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Lương Thị Thanh Thúy"],
          ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Tô Văn Nghĩa"]),
    ], "truth": minute(
        meeting("regular", "2024-10-10", "19:00", "21:00", "Nhà văn hóa khu vực 7", _c9, _p9),
        "Tô Văn Nghĩa", "Bí thư chi bộ", "Lương Thị Thanh Thúy",
        attendance(24, 19, 2, 2, 0, 3, [("Lê Thị Hồng", "ốm", True), ("Đoàn Văn Bảy", "đi biển", True)]),
        True,
        [vote("Kết luận tháng 10", 19, 0, None)],
        [task("Hồ Ngọc Sơn", "gia cố nhà ở cho 3 hộ neo đơn", "25/10/2024"),
         task("Nguyễn Bá Tùng", "vận động quỹ Vì người nghèo", None),
         task("Chi hội Cựu chiến binh", "tuần tra, nhắc nhở việc đổ rác ven đầm", "hằng đêm thứ Bảy")],
        ["unfilled_template"])}],
    "flags": [], "scans": [],
})


# y10 — Bắc Kạn, Tày village on Ba Bể lake: a minute book Jan–Jun 2025, five minutes typed on, each after
# the first starting mid-page; March and May have no regular meeting; Q1 has no thematic meeting;
# Hoàng Văn Sình absent without reason in January, April and June.
_c10 = "CHI BỘ THÔN PÁC NGÒI"
_p10 = "ĐẢNG BỘ XÃ NAM MẪU"
_loc10 = "nhà văn hóa thôn Pác Ngòi"
_h10 = ["ĐẢNG BỘ XÃ NAM MẪU", "CHI BỘ THÔN PÁC NGÒI", "*"]
_s10 = S(["THƯ KÝ", "", "Hà Thị Nguyệt"], ["BÍ THƯ", "", "Nông Văn Thiệu"])
_t10 = "Học tập và làm theo Bác, xây dựng thôn du lịch cộng đồng văn minh, thân thiện"
DOCS.append({
    "name": "y10-backan-tay-village-book-jan-jun-2025", "folder": "test", "born_digital": True,
    "between": 30,
    "style": {"family": "serif", "size": 12.5, "justify": True, "left": 80, "right": 56, "spacing": 1.25,
              "indent": 24, "top": 50, "bottom": 58, "foot": "- {n} -",
              "head": "Sổ biên bản Chi bộ thôn Pác Ngòi – năm 2025", "head_align": "right"},
    "minutes": [
        # January: Hoàng Văn Sình absent, no reason
        {"blocks": [
            HD(_h10, [DP, "Pác Ngòi, ngày 08 tháng 01 năm 2025"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01/2025"),
            L("1- Thời gian: 19 giờ 00, ngày 08/01/2025. Địa điểm: nhà văn hóa thôn Pác Ngòi."),
            L("2- Thành phần: tổng số 18 đảng viên, miễn sinh hoạt 02 (đ/c Lục Văn Phúc, đ/c Hoàng Thị Nhàn). Có "
              "mặt 15/16; vắng 01: đ/c Hoàng Văn Sình, không lý do."),
            L("3- Chủ trì: đ/c Nông Văn Thiệu, Bí thư chi bộ. Thư ký: đ/c Hà Thị Nguyệt."),
            L("4- Nội dung:"),
            P("a) Đồng chí Bí thư thông tin kết quả Đại hội Đảng bộ xã Nam Mẫu và kế hoạch của huyện về du lịch "
              "hồ Ba Bể năm 2025. Năm 2024 thôn đón 21.000 lượt khách, 14 hộ làm homestay; thu nhập bình quân "
              "tăng 9%. Tồn tại: rác thải ven hồ, một số hộ tự ý cơi nới nhà sàn."),
            P("b) Ý kiến: đ/c Lưu Văn Khiêm (Trưởng thôn) đề nghị lập tổ thu gom rác ven hồ, mỗi hộ homestay đóng "
              "góp hằng tháng; đ/c Ma Thị Lả nêu việc khách tự lái xuồng ra hồ không mặc áo phao, dễ xảy ra "
              "tai nạn; đ/c Dương Thị Thuý đề nghị thôn thống nhất giá phòng dịp Tết."),
            P("c) Kết luận: đồng chí chủ trì kết luận thống nhất lập tổ thu gom rác, quy định bắt buộc áo phao "
              "trên mọi xuồng chở khách, thôn niêm yết giá phòng trước Tết."),
            P("d) Biểu quyết: 15/15 đảng viên có mặt nhất trí."),
            P("e) Giao việc: đ/c Lưu Văn Khiêm thành lập tổ thu gom rác ven hồ trước ngày 25/01/2025; đ/c Ma "
              "Thị Lả kiểm tra áo phao trên các xuồng chở khách hằng tuần."),
            P("Họp kết thúc 21 giờ 10. Biên bản đọc lại, chi bộ nhất trí thông qua."),
            _s10,
        ], "truth": minute(
            meeting("regular", "2025-01-08", "19:00", "21:10", _loc10, _c10, _p10),
            "Nông Văn Thiệu", "Bí thư chi bộ", "Hà Thị Nguyệt",
            attendance(18, 15, 1, 0, 1, 2, [("Hoàng Văn Sình", "không lý do", False)]),
            True,
            [vote("Kết luận tháng 01", 15)],
            [task("Lưu Văn Khiêm", "thành lập tổ thu gom rác ven hồ", "25/01/2025"),
             task("Ma Thị Lả", "kiểm tra áo phao trên các xuồng chở khách", "hằng tuần")],
            ["unexcused_absence"])},
        # February: typed on without a header; conclusion never voted
        {"blocks": [
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 02/2025"),
            P("Hồi 19 giờ ngày 12/02/2025 (15 tháng Giêng), tại nhà văn hóa thôn Pác Ngòi, chi bộ họp thường "
              "kỳ. Có mặt 16/16 đảng viên phải sinh hoạt (02 đồng chí miễn sinh hoạt). Bí thư chi bộ Nông Văn "
              "Thiệu chủ trì, đ/c Hà Thị Nguyệt ghi biên bản."),
            P("Chi bộ nghe báo cáo: dịp Tết và lễ hội Lồng tồng thôn đón hơn 3.000 lượt khách, không xảy ra mất "
              "an ninh trật tự, không có tai nạn trên hồ; tổ thu gom rác đã hoạt động. Hạn chế: giá dịch vụ "
              "đò có lúc chưa thống nhất, khách phản ánh."),
            P("Đ/c Triệu Văn Pấu (tổ trưởng tổ đò) cho biết 11 chiếc đò chia ca chưa đều, có hộ chở quá số "
              "người; đ/c Chu Văn Chài hỏi việc trồng lại rừng đầu nguồn sau đợt sạt lở, đồng chí Bí thư giải "
              "thích xã đã có kế hoạch cấp cây giống trong tháng 3."),
            P("Đồng chí chủ trì kết luận: tháng 02 tập trung sắp xếp lại tổ đò, niêm yết giá công khai tại bến; "
              "vận động bà con đăng ký trồng rừng."),
            P("Phân công: đ/c Triệu Văn Pấu phụ trách sắp xếp lịch đò, kiểm tra số người trên mỗi chuyến, thường "
              "xuyên; Chi hội Phụ nữ thôn lập danh sách hộ đăng ký trồng rừng trong tháng 3."),
            P("Họp xong 20 giờ 45. Biên bản đã đọc lại, các đồng chí nhất trí thông qua."),
            _s10,
        ], "truth": minute(
            meeting("regular", "2025-02-12", "19:00", "20:45", _loc10, _c10, _p10),
            "Nông Văn Thiệu", "Bí thư chi bộ", "Hà Thị Nguyệt",
            attendance(18, 16, 0, 0, 0, 2),
            True,
            [],
            [task("Triệu Văn Pấu", "sắp xếp lịch đò, kiểm tra số người trên mỗi chuyến", "thường xuyên"),
             task("Chi hội Phụ nữ thôn", "lập danh sách hộ đăng ký trồng rừng", "tháng 3")],
            ["missing_vote"])},
        # April: three absent (one without reason), 13/16
        {"blocks": [
            HD(_h10, [DP, "Pác Ngòi, ngày 10 tháng 4 năm 2025"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2025"),
            L("Thời gian: 19 giờ 30 phút, ngày 10/4/2025. Địa điểm: nhà văn hóa thôn Pác Ngòi."),
            L("Có mặt: 13/16 đồng chí (miễn sinh hoạt 02). Vắng 03 đồng chí:"),
            L("+ Ma Thị Lả: đi làm thuê ở Thái Nguyên, có báo"),
            L("+ Triệu Văn Pấu: ốm"),
            L("+ Hoàng Văn Sình: không lý do"),
            L("Chủ trì: đ/c Nông Văn Thiệu – Bí thư chi bộ; thư ký: đ/c Hà Thị Nguyệt."),
            P("Tháng 3 chi bộ không tổ chức sinh hoạt do đồng chí Bí thư đi tập huấn ở tỉnh; các nội dung được "
              "đưa vào kỳ họp này. Quý I thôn trồng được 6 ha rừng, tổ đò hoạt động nền nếp; 2 hộ tiếp tục "
              "cơi nới nhà sàn trái phép đã bị xã lập biên bản."),
            P("Ý kiến: đ/c Dương Thị Thuý đồng tình với báo cáo, đề nghị chi bộ có hình thức xử lý đảng viên "
              "vắng họp nhiều lần; đ/c Lưu Văn Khiêm nhấn mạnh phải tháo dỡ phần cơi nới trước mùa du lịch."),
            P("Đồng chí Bí thư kết luận: thống nhất báo cáo; yêu cầu 2 hộ tự tháo dỡ phần cơi nới; kiên quyết "
              "xử lý việc vắng họp của đ/c Hoàng Văn Sình."),
            P("Biểu quyết: 13/13 tán thành."),
            P("Giao Chi ủy gặp gỡ, giáo dục đ/c Hoàng Văn Sình, báo cáo tại kỳ họp tháng 5; đ/c Lưu Văn Khiêm "
              "đôn đốc 2 hộ tháo dỡ phần nhà cơi nới, xong trước 30/4/2025."),
            P("Kết thúc lúc 21 giờ 20 phút. Biên bản đã đọc lại, chi bộ thông qua."),
            _s10,
        ], "truth": minute(
            meeting("regular", "2025-04-10", "19:30", "21:20", _loc10, _c10, _p10),
            "Nông Văn Thiệu", "Bí thư chi bộ", "Hà Thị Nguyệt",
            attendance(18, 13, 3, 2, 1, 2, [("Ma Thị Lả", "đi làm thuê ở Thái Nguyên, có báo", True),
                                            ("Triệu Văn Pấu", "ốm", True),
                                            ("Hoàng Văn Sình", "không lý do", False)]),
            True,
            [vote("Kết luận tháng 4", 13)],
            [task("Chi ủy", "gặp gỡ, giáo dục đ/c Hoàng Văn Sình, báo cáo", "kỳ họp tháng 5"),
             task("Lưu Văn Khiêm", "đôn đốc 2 hộ tháo dỡ phần nhà cơi nới", "30/4/2025")],
            ["low_attendance", "unexcused_absence"])},
        # May: a separate thematic meeting, 80 minutes
        {"blocks": [
            HD(_h10, [DP, "Pác Ngòi, ngày 20 tháng 5 năm 2025"]),
            C("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2025"),
            C("Chuyên đề: " + _t10, bold=False, italic=True),
            L("Thời gian: 19 giờ 30 phút, ngày 20/5/2025, tại nhà văn hóa thôn Pác Ngòi."),
            L("Dự sinh hoạt: 15/16 đảng viên phải sinh hoạt; 02 đồng chí miễn sinh hoạt; vắng: đ/c Ma Thị Lả (đi "
              "làm ăn xa, có báo cáo)."),
            L("Đ/c Nông Văn Thiệu, Bí thư chi bộ, chủ trì và trình bày chuyên đề; đ/c Hà Thị Nguyệt ghi biên bản."),
            P("Nhân kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh, đồng chí Bí thư trình bày lời Bác dạy về "
              "giữ gìn bản sắc dân tộc, liên hệ việc giữ nhà sàn truyền thống, hát then, đàn tính phục vụ khách."),
            P("Đ/c Dương Thị Thuý chia sẻ: khách nước ngoài thích nghe hát then nhưng thôn chỉ còn 4 người biết "
              "đàn tính; đ/c Lưu Văn Khiêm kiến nghị mở lớp dạy đàn tính cho thiếu nhi trong hè."),
            P("Kết luận: chi bộ thống nhất mỗi đảng viên làm homestay giữ nguyên kiến trúc nhà sàn; thôn mở lớp "
              "đàn tính, hát then trong hè. Chi bộ nhất trí 100% với nội dung chuyên đề."),
            P("Đ/c Dương Thị Thuý và đ/c Hoàng Thị Mây hướng dẫn các hộ homestay trang trí theo nét truyền thống "
              "Tày, xong trước mùa du lịch hè."),
            P("Kết thúc lúc 20 giờ 50 phút; biên bản đã đọc lại, các đồng chí nhất trí."),
            _s10,
        ], "truth": minute(
            meeting("thematic", "2025-05-20", "19:30", "20:50", _loc10, _c10, _p10, topic=_t10),
            "Nông Văn Thiệu", "Bí thư chi bộ", "Hà Thị Nguyệt",
            attendance(18, 15, 1, 1, 0, 2, [("Ma Thị Lả", "đi làm ăn xa, có báo cáo", True)]),
            True,
            [vote("Nội dung chuyên đề quý II", pct=100)],
            [task("Dương Thị Thuý", "hướng dẫn các hộ homestay trang trí theo nét truyền thống Tày", "mùa du lịch hè"),
             task("Hoàng Thị Mây", "hướng dẫn các hộ homestay trang trí theo nét truyền thống Tày",
                  "mùa du lịch hè")],
            ["short_meeting"])},
        # June: one-row absentee table; no named opinion
        {"blocks": [
            HD(_h10, [DP, "Pác Ngòi, ngày 09 tháng 6 năm 2025"]),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 6/2025"),
            L("Thời gian: 19 giờ 00, ngày 09/6/2025. Địa điểm: nhà văn hóa thôn Pác Ngòi."),
            L("Có mặt: 15/16 đồng chí (miễn sinh hoạt: 02). Đảng viên vắng:"),
            T([(0.10, "TT", "c"), (0.45, "Họ và tên", "l"), (0.45, "Lý do", "l")],
              [["1", "Hoàng Văn Sình", "Không báo lý do"]]),
            L("Chủ trì: đ/c Nông Văn Thiệu, Bí thư chi bộ. Thư ký: đ/c Hà Thị Nguyệt."),
            P("Đồng chí Bí thư báo cáo sơ kết 6 tháng: thôn đón 12.500 lượt khách, 2 hộ đã tháo dỡ phần cơi "
              "nới, lớp đàn tính có 18 em đăng ký. Hạn chế: đảng viên Hoàng Văn Sình tiếp tục vắng họp không "
              "lý do, chi ủy đã gặp nhưng chưa chuyển biến."),
            P("Chi bộ thảo luận, thống nhất cao với dự thảo báo cáo và phương hướng 6 tháng cuối năm."),
            P("Đồng chí chủ trì kết luận: chi bộ hoàn thành nhiệm vụ 6 tháng; chi bộ sẽ báo cáo Đảng ủy xã xem xét "
              "xử lý đảng viên vắng sinh hoạt nhiều lần không lý do theo Điều lệ Đảng."),
            P("Biểu quyết: 15/15 đồng chí tán thành, đạt 100%."),
            P("Giao đ/c Hà Thị Nguyệt hoàn chỉnh hồ sơ báo cáo Đảng ủy xã về đ/c Hoàng Văn Sình trước ngày "
              "20/6/2025."),
            P("Kết thúc lúc 20 giờ 40. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
            _s10,
        ], "truth": minute(
            meeting("regular", "2025-06-09", "19:00", "20:40", _loc10, _c10, _p10),
            "Nông Văn Thiệu", "Bí thư chi bộ", "Hà Thị Nguyệt",
            attendance(18, 15, 1, 0, 1, 2, [("Hoàng Văn Sình", "Không báo lý do", False)]),
            True,
            [vote("Kết luận sơ kết 6 tháng", 15, pct=100)],
            [task("Hà Thị Nguyệt", "hoàn chỉnh hồ sơ báo cáo Đảng ủy xã về đ/c Hoàng Văn Sình", "20/6/2025")],
            ["no_discussion", "unexcused_absence"])},
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"], "scans": [],
})


# y11 — Hòa Bình, Mường hamlet, scan only (300 dpi, binarised): names without "đồng chí" in the discussion,
# a named absentee with no reason at all, end time from the approval sentence, conclusion never voted.
_c11 = "CHI BỘ XÓM CHÁO"
_p11 = "ĐẢNG ỦY XÃ NGỌC SƠN"
DOCS.append({
    "name": "y11-hoabinh-muong-hamlet-scan-clean", "folder": "test", "born_digital": False,
    "style": {"family": "dejavu", "size": 12, "justify": True, "left": 80, "right": 58, "spacing": 1.3,
              "indent": 28},
    "minutes": [{"blocks": [
        HD(["ĐẢNG ỦY XÃ NGỌC SƠN", "CHI BỘ XÓM CHÁO", "*"], [DP, "Ngọc Sơn, ngày 02 tháng 7 năm 2024"]),
        G(6),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ"),
        C("Tháng 7 năm 2024", bold=False),
        G(4),
        P("Hôm nay, ngày 02 tháng 7 năm 2024, hồi 19 giờ 15 phút, tại nhà văn hóa xóm Cháo, Chi bộ xóm Cháo "
          "tổ chức sinh hoạt thường kỳ tháng 7."),
        P("Tổng số đảng viên trong chi bộ: 22 đồng chí, miễn sinh hoạt 03. Số có mặt: 18/19. Vắng: đ/c Xa Văn "
          "Hùng."),
        P("Chủ trì: đồng chí Bùi Văn Khởi, Bí thư chi bộ. Thư ký: đồng chí Đinh Thị Hương."),
        H("A- Kết quả tháng 6"),
        P("Xóm thu hoạch xong vụ chiêm xuân, lúa đạt 54 tạ/ha; trồng mới 7 ha keo, 3 ha mía tím. Hoàn thành "
          "chi trả tiền dịch vụ môi trường rừng đợt 1 cho 41 hộ. Đường bê tông lên khu Đồi Bái đã thông xe. "
          "Tồn tại: 2 hộ còn thả rông trâu bò phá hoại lúa mùa mới cấy; tỷ lệ nộp quỹ khuyến học mới đạt 70%."),
        H("B- Thảo luận"),
        L("Bùi Văn Mười (Trưởng xóm): đề nghị đưa quy định cấm thả rông gia súc vào hương ước, phạt bằng tiền "
          "nộp quỹ xóm."),
        L("Bà Bùi Thị Chăm, Chi hội trưởng phụ nữ, đề nghị xóm tổ chức tuyên dương học sinh đỗ vào lớp 10 "
          "trường chuyên trước khi các cháu nhập học."),
        L("Ông Quách Văn Mừng (tổ 2) hỏi về mức chi trả tiền rừng đợt 2; đồng chí Bí thư trả lời sẽ chi trong "
          "tháng 12 theo diện tích đã nghiệm thu."),
        L("Đinh Công Tấn (tổ 3): mương dẫn nước qua ruộng Khú bị bồi lấp, cần huy động dân nạo vét trước mùa "
          "mưa."),
        H("C- Đồng chí chủ trì kết luận"),
        P("Chi bộ thống nhất kết quả tháng 6. Tháng 7 tập trung chăm sóc lúa mùa, nạo vét mương ruộng Khú, bổ "
          "sung hương ước về chăn thả gia súc; quan tâm khuyến học."),
        H("D- Phân công"),
        L("- Trưởng xóm Bùi Văn Mười: dự thảo bổ sung hương ước, lấy ý kiến nhân dân trước 15/7/2024."),
        L("- Đinh Công Tấn: huy động tổ 3 nạo vét mương ruộng Khú trong tuần thứ hai của tháng 7."),
        L("- Đ/c Đinh Thị Hương: thu quỹ khuyến học, báo cáo chi bộ hằng tháng."),
        P("Biên bản được đọc lại và thông qua lúc 21h05 cùng ngày, các đồng chí dự họp nhất trí."),
        S(["THƯ KÝ", "", "", "Đinh Thị Hương"], ["CHỦ TRÌ", "", "", "Bùi Văn Khởi"]),
    ], "truth": minute(
        meeting("regular", "2024-07-02", "19:15", "21:05", "nhà văn hóa xóm Cháo", _c11, _p11),
        "Bùi Văn Khởi", "Bí thư chi bộ", "Đinh Thị Hương",
        attendance(22, 18, 1, 0, 1, 3, [("Xa Văn Hùng", None, False)]),
        True,
        [],
        [task("Bùi Văn Mười", "dự thảo bổ sung hương ước, lấy ý kiến nhân dân", "15/7/2024"),
         task("Đinh Công Tấn", "huy động tổ 3 nạo vét mương ruộng Khú", "tuần thứ hai của tháng 7"),
         task("Đinh Thị Hương", "thu quỹ khuyến học, báo cáo chi bộ", "hằng tháng")],
        ["missing_vote", "unexcused_absence"])}],
    "flags": [],
    "scans": [{"name": "y11-hoabinh-muong-hamlet-scan-clean", "folder": "test", "damage": "clean", "seed": 4111,
               "dpi": 300}],
})


# y12 — Tiền Giang, durian hamlet, scan only (250 dpi, moderate): regular + thematic in 110 minutes (bar 120),
# a nickname after the chair's name, counted opinions, task table with two people joined by "–".
_c12 = "CHI BỘ ẤP HÒA LỢI"
_p12 = "ĐẢNG ỦY XÃ HÒA KHÁNH"
_t12 = "Phát triển vùng sầu riêng đạt chuẩn xuất khẩu, gắn với phòng, chống hạn mặn"
DOCS.append({
    "name": "y12-tiengiang-durian-combined-scan-moderate", "folder": "test", "born_digital": False,
    "style": {"family": "serif", "size": 12.5, "justify": True, "left": 76, "right": 56, "spacing": 1.3,
              "indent": 28},
    "minutes": [{"blocks": [
        HD(["ĐẢNG ỦY XÃ HÒA KHÁNH", "CHI BỘ ẤP HÒA LỢI", "*"], [DP, "Hòa Khánh, ngày 14 tháng 6 năm 2024"]),
        G(6),
        C("BIÊN BẢN"),
        C("HỌP CHI BỘ THƯỜNG KỲ THÁNG 6/2024 VÀ SINH HOẠT CHUYÊN ĐỀ QUÝ II"),
        C("Chuyên đề: " + _t12, bold=False, italic=True),
        G(4),
        L("- Thời gian: 13 giờ 30, ngày 14/6/2024."),
        L("- Địa điểm: trụ sở ấp Hòa Lợi."),
        L("- Tham dự: 20/21 đảng viên, vắng 01 đồng chí (đi Thành phố Hồ Chí Minh chữa bệnh)."),
        L("- Dự họp có đồng chí Nguyễn Thanh Phong – Đảng ủy viên, Chủ tịch Hội Nông dân xã."),
        L("- Chủ trì: đồng chí Lê Văn Hiền (Út Hiền) – Bí thư chi bộ, Trưởng ấp."),
        L("- Thư ký: đồng chí Trần Thị Kim Ngân."),
        H("PHẦN 1: SINH HOẠT THƯỜNG KỲ"),
        P("Tháng 5, ấp thu hoạch sầu riêng nghịch vụ được khoảng 1.100 tấn, giá 62.000–75.000 đồng/kg; 35 hộ "
          "đủ điều kiện đăng ký mã số vùng trồng. Hoàn thành 2 tuyến đường nông thôn kiểu mẫu. Tồn tại: vẫn "
          "còn thương lái dùng hóa chất nhúng trái tại vườn; nhiều hộ chưa trữ đủ nước ngọt cho mùa khô tới."),
        H("PHẦN 2: SINH HOẠT CHUYÊN ĐỀ"),
        P("Đồng chí Bí thư trình bày chuyên đề, nhấn mạnh bài học mùa khô 2024 khi độ mặn lên tới 6‰ ở sông "
          "Cái Bè, hàng chục ha sầu riêng bị cháy lá; yêu cầu đảng viên đi đầu đăng ký mã số vùng trồng, làm "
          "ao trữ nước và không tiếp tay cho việc dùng chất cấm."),
        P("Có 4 ý kiến:"),
        L("1. Đ/c Phạm Văn Cảnh: hộ nhỏ dưới 1 ha khó đăng ký mã số riêng, đề nghị liên kết thành tổ hợp tác."),
        L("2. Đ/c Nguyễn Thị Tuyết Mai: túi trữ nước bằng bạt rẻ hơn đào ao, nên hướng dẫn bà con làm sớm."),
        L("3. Đồng chí Nguyễn Thanh Phong (khách mời): Hội Nông dân xã sẽ hỗ trợ thủ tục cấp mã số vùng trồng "
          "và giới thiệu doanh nghiệp thu mua."),
        L("4. Đ/c Huỳnh Văn Tám: đề nghị ấp công khai tên thương lái vi phạm để bà con không bán."),
        H("PHẦN 3: KẾT LUẬN – BIỂU QUYẾT – PHÂN CÔNG"),
        P("Đồng chí Bí thư kết luận: chi bộ hoàn thành nhiệm vụ tháng 5; thống nhất nội dung chuyên đề; mỗi "
          "đảng viên trồng sầu riêng phải đăng ký mã số vùng trồng và trữ nước ngọt trước mùa khô."),
        P("Tán thành: 20; không tán thành: 0; không biểu quyết: 0 (100%)."),
        T([(0.08, "STT", "c"), (0.46, "Việc làm", "l"), (0.26, "Đ/c phụ trách", "l"), (0.20, "Hoàn thành", "l")], [
            ["1", "Lập danh sách hộ trồng sầu riêng đăng ký mã số vùng trồng", "Phạm Văn Cảnh", "30/6/2024"],
            ["2", "Hướng dẫn hộ dân làm túi trữ nước ngọt, gia cố bờ bao", "Huỳnh Văn Tám – Nguyễn Thị Tuyết Mai",
             "Tháng 11/2024"],
            ["3", "Tuyên truyền quy định về chất cấm trong bảo quản trái cây", "Chi hội Nông dân ấp",
             "Thường xuyên"],
        ]),
        P("Buổi họp kết thúc lúc 15 giờ 20 phút. Biên bản đã thông qua, toàn thể đảng viên dự họp thống nhất."),
        S(["THƯ KÝ", "", "", "Trần Thị Kim Ngân"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Lê Văn Hiền"]),
    ], "truth": minute(
        meeting("regular", "2024-06-14", "13:30", "15:20", "trụ sở ấp Hòa Lợi", _c12, _p12, topic=_t12),
        "Lê Văn Hiền", "Bí thư chi bộ", "Trần Thị Kim Ngân",
        attendance(21, 20, 1, 1, 0, 0, [], [("Nguyễn Thanh Phong", "Đảng ủy viên, Chủ tịch Hội Nông dân xã")]),
        True,
        [vote("Kết luận và nội dung chuyên đề", 20, 0, 0, 100)],
        [task("Phạm Văn Cảnh", "Lập danh sách hộ trồng sầu riêng đăng ký mã số vùng trồng", "30/6/2024"),
         task("Huỳnh Văn Tám", "Hướng dẫn hộ dân làm túi trữ nước ngọt, gia cố bờ bao", "Tháng 11/2024"),
         task("Nguyễn Thị Tuyết Mai", "Hướng dẫn hộ dân làm túi trữ nước ngọt, gia cố bờ bao", "Tháng 11/2024"),
         task("Chi hội Nông dân ấp", "Tuyên truyền quy định về chất cấm trong bảo quản trái cây", "Thường xuyên")],
        ["short_meeting"])}],
    "flags": [],
    "scans": [{"name": "y12-tiengiang-durian-combined-scan-moderate", "folder": "test", "damage": "moderate",
               "seed": 4112, "dpi": 250}],
})


# y13 — Bình Phước, rubber plantation team, scan only (300 dpi photocopy): typewriter face, one dense page
# of run-in parts, S'Tiêng names; the month's direction is voted but the chair concludes nothing, only a
# call to every member, and no read-back.
_c13 = "CHI BỘ ĐỘI SẢN XUẤT SỐ 4"
_p13 = "ĐẢNG BỘ NÔNG TRƯỜNG CAO SU LỘC THÀNH"
DOCS.append({
    "name": "y13-binhphuoc-rubber-team-scan-photocopy", "folder": "test", "born_digital": False,
    "style": {"family": "mono", "size": 10.5, "justify": False, "left": 70, "right": 50, "spacing": 1.25,
              "indent": 0, "para_gap": 3},
    "minutes": [{"blocks": [
        HD(["ĐẢNG BỘ NÔNG TRƯỜNG", "CAO SU LỘC THÀNH", "CHI BỘ ĐỘI SẢN XUẤT SỐ 4", "*"],
           [DP, "Lộc Thành, ngày 05 tháng 9 năm 2024"], bold_left=(2,), size=10),
        G(4),
        C("BIÊN BẢN HỌP CHI BỘ THÁNG 9 NĂM 2024", size=11.5),
        G(4),
        L("Hồi 14h00 ngày 05/9/2024 tại văn phòng Đội 4, chi bộ họp thường kỳ. Đảng viên: 11, có mặt 10, vắng "
          "01: đ/c Điểu Hên (nghỉ phép). Đ/c Phạm Quốc Việt – Bí thư chi bộ, Đội trưởng chủ trì; đ/c Thị Thúy "
          "Ly ghi biên bản."),
        L("1) Tình hình tháng 8: khai thác 212 tấn mủ quy khô, đạt 97% kế hoạch tháng; mưa nhiều, 6 ngày nghỉ "
          "cạo. Xảy ra 2 vụ mất trộm mủ đông ở lô 17. Thu nhập bình quân công nhân 8,2 triệu đồng/tháng. Có "
          "3 công nhân trẻ xin nghỉ việc đi làm công ty ở Bình Dương."),
        L("2) Phương hướng tháng 9: bảo đảm sản lượng 230 tấn; phòng bệnh nấm hồng mùa mưa; phối hợp bảo vệ "
          "nông trường tuần tra ban đêm; chăm lo đời sống công nhân người S'Tiêng."),
        L("3) Ý kiến: đ/c Nguyễn Văn Hào cho rằng mất trộm mủ do bảo vệ ít, lô 17 giáp đường liên xã; đ/c "
          "Điểu Lưu phản ánh tiền ăn giữa ca của công nhân chưa tăng theo giá chợ; đ/c Trần Thị Hằng đề nghị "
          "giữ chân công nhân trẻ bằng cách xét nâng bậc sớm cho người cạo giỏi."),
        L("4) Chi bộ biểu quyết thông qua phương hướng tháng 9: 10/10 đồng chí tán thành."),
        L("5) Chi bộ kêu gọi mỗi đảng viên gương mẫu bám vườn cây, giữ vững sản lượng mủ, cùng công nhân bảo "
          "vệ vườn cây, không để mất trộm mủ."),
        L("Cuộc họp kết thúc lúc 16 giờ 00."),
        S(["THƯ KÝ", "", "Thị Thúy Ly"], ["BÍ THƯ", "", "Phạm Quốc Việt"]),
    ], "truth": minute(
        meeting("regular", "2024-09-05", "14:00", "16:00", "văn phòng Đội 4", _c13, _p13),
        "Phạm Quốc Việt", "Bí thư chi bộ", "Thị Thúy Ly",
        attendance(11, 10, 1, 1, 0, 0, [("Điểu Hên", "nghỉ phép", True)]),
        False,
        [vote("Phương hướng tháng 9", 10)],
        [],
        ["missing_assignments", "missing_conclusion", "not_approved"])}],
    "flags": [],
    "scans": [{"name": "y13-binhphuoc-rubber-team-scan-photocopy", "folder": "test", "damage": "photocopy",
               "seed": 4113, "dpi": 300}],
})


# y14 — Hà Nam, retired members' cell in a member's house: month in words, nine exempt, the Bí thư among the
# absentees so the deputy chairs, "*" headings, "Đề nghị đồng chí …" and "tuần sau". No flag.
_c14 = "CHI BỘ HƯU TRÍ SỐ 2"
_p14 = "ĐẢNG BỘ PHƯỜNG LƯƠNG KHÁNH THIỆN"
DOCS.append({
    "name": "y14-hanam-retired-cell-clean", "folder": "test", "born_digital": True,
    "style": {"family": "dvsans", "size": 11.5, "justify": True, "left": 80, "right": 62, "spacing": 1.4,
              "indent": 26},
    "minutes": [{"blocks": [
        HD(["ĐẢNG BỘ PHƯỜNG LƯƠNG KHÁNH THIỆN", "CHI BỘ HƯU TRÍ SỐ 2", "*"],
           [DP, "Phủ Lý, ngày 16 tháng 8 năm 2024"], size=10.5),
        G(8),
        C("BIÊN BẢN"),
        C("SINH HOẠT CHI BỘ KỲ THÁNG TÁM NĂM 2024"),
        G(6),
        L("Thời gian: 8 giờ sáng ngày 16/8/2024."),
        L("Địa điểm: nhà riêng đồng chí Phạm Thị Hoà, số 12 ngõ 4 phố Biên Hòa."),
        P("Chi bộ có 31 đảng viên, trong đó 09 đồng chí được miễn sinh hoạt do tuổi cao, sức yếu. Đảng viên "
          "phải sinh hoạt 22 đồng chí: có mặt 20, vắng 02 có lý do (đồng chí Vũ Đình Thư – Bí thư chi bộ, "
          "điều trị tại Bệnh viện Bạch Mai; đồng chí Đặng Thị Lan đi thăm con ở Lào Cai)."),
        P("Đồng chí Trần Quốc Bình, Phó Bí thư chi bộ, điều hành buổi sinh hoạt; đồng chí Đỗ Văn Tiến được chi "
          "bộ cử làm thư ký."),
        H("* Phần thông tin"),
        P("Đồng chí chủ trì thông tin: ngày 03/8/2024, Ban Chấp hành Trung ương bầu đồng chí Tô Lâm giữ chức "
          "Tổng Bí thư; chi bộ đã tổ chức cho đảng viên viết cảm tưởng về cố Tổng Bí thư Nguyễn Phú Trọng. "
          "Luật Đất đai năm 2024 có hiệu lực từ 01/8/2024."),
        H("* Kiểm điểm tháng 7"),
        P("Chi bộ duy trì tốt sinh hoạt; 100% đảng viên đóng đảng phí đúng hạn; tổ chức thăm hỏi 4 đảng viên ốm "
          "đau, trao Huy hiệu 55 năm tuổi Đảng cho 2 đồng chí. Tồn tại: một số thanh thiếu niên trong tổ dân "
          "phố Lê Lợi tụ tập đua xe ban đêm, cha mẹ chưa quản lý được."),
        H("* Ý kiến đảng viên"),
        P("Đồng chí Lê Thị Thuý Hằng, nguyên Chủ tịch Hội Phụ nữ phường, nhấn mạnh vai trò của người già trong "
          "việc nhắc nhở con cháu, đề xuất mở buổi nói chuyện truyền thống cho thanh thiếu niên trong hè."),
        P("Đồng chí phụ trách tổ đảng 3, Nguyễn Văn Thỉnh, trao đổi: nhóm đua xe phần lớn là học sinh bỏ học, "
          "cần phối hợp với Công an phường lập danh sách, gặp từng gia đình."),
        P("Đồng chí Khúc Văn Đảm băn khoăn về việc thu phí sử dụng nhà văn hóa tổ dân phố khi tổ chức đám cưới, "
          "đề nghị chi bộ có ý kiến với Ban công tác Mặt trận."),
        H("* Kết luận"),
        P("Đồng chí chủ trì kết luận: chi bộ hoàn thành tốt nhiệm vụ tháng 7; tháng 8 tập trung tuyên truyền "
          "Luật Đất đai năm 2024, phối hợp ngăn chặn tình trạng đua xe, hoàn thành thu đảng phí quý III; về "
          "việc thu phí nhà văn hóa, chi bộ sẽ có ý kiến với Ban công tác Mặt trận."),
        H("* Biểu quyết"),
        P("Chi bộ biểu quyết giơ tay: 20/20 đồng chí tán thành, đạt tỷ lệ 100%."),
        H("* Phân công"),
        P("Giao đồng chí Nguyễn Văn Thỉnh phối hợp với Công an phường nắm danh sách thanh thiếu niên đua xe, báo "
          "cáo chi bộ hằng tháng. Đề nghị đồng chí Lê Thị Thuý Hằng chuẩn bị buổi nói chuyện truyền thống cho "
          "thanh thiếu niên tổ dân phố, tổ chức trong tháng 8/2024. Đồng chí Đỗ Văn Tiến chịu trách nhiệm thu "
          "đảng phí quý III, nộp Đảng ủy phường trước 25/9/2024. Tổ đảng 1 đến thăm đồng chí Vũ Đình Thư tại "
          "bệnh viện trong tuần sau."),
        P("Sinh hoạt kết thúc lúc 10 giờ 15 phút. Biên bản được đọc lại, các đồng chí dự họp nhất trí thông "
          "qua."),
        S(["THƯ KÝ", "", "", "Đỗ Văn Tiến"], ["T/M CHI ỦY", "PHÓ BÍ THƯ", "", "", "Trần Quốc Bình"]),
    ], "truth": minute(
        meeting("regular", "2024-08-16", "08:00", "10:15",
                "nhà riêng đồng chí Phạm Thị Hoà, số 12 ngõ 4 phố Biên Hòa", _c14, _p14),
        "Trần Quốc Bình", "Phó Bí thư chi bộ", "Đỗ Văn Tiến",
        attendance(31, 20, 2, 2, 0, 9, [("Vũ Đình Thư", "điều trị tại Bệnh viện Bạch Mai", True),
                                        ("Đặng Thị Lan", "đi thăm con ở Lào Cai", True)]),
        True,
        [vote("Kết luận tháng 8", 20, pct=100)],
        [task("Nguyễn Văn Thỉnh", "phối hợp với Công an phường nắm danh sách thanh thiếu niên đua xe, báo cáo chi "
                                  "bộ", "hằng tháng"),
         task("Lê Thị Thuý Hằng", "chuẩn bị buổi nói chuyện truyền thống cho thanh thiếu niên tổ dân phố",
              "tháng 8/2024"),
         task("Đỗ Văn Tiến", "thu đảng phí quý III, nộp Đảng ủy phường", "25/9/2024"),
         task("Tổ đảng 1", "đến thăm đồng chí Vũ Đình Thư tại bệnh viện", "tuần sau")],
        [])}],
    "flags": [], "scans": [],
})
