"""Held-out set 18, writer w (folder dev/, prefix w): the South-Central coast, the Central Highlands, the
South-East, Hồ Chí Minh City and the Mekong delta, 1998–2026 (twelve of the fifteen minutes 1998–2012).

Theme: the same facts in wording and on paper nobody has taught us: tasks handed out in every wording next
to what only looks like a task, conclusions in every wording next to minutes that merely end, older books
("Hội nghị chi bộ", "Chủ tọa", "Thư ký hội nghị", "Đ/C", counts in words, "8g00", "2 giờ chiều"), rare vote
forms, and the new scan damage kinds bleed / fax / phone.

Files (file -> what varies -> minute flags / book flags):
- w01-khanhhoa-fishing-village-mono-clean -> Khánh Hòa fishing village, 1998; typewriter face; "Số: 07/BB-CB";
  "HỘI NGHỊ CHI BỘ", "Chủ tọa hội nghị", "Thư ký hội nghị", "Đ/C"; "8g00" / "10g30"; counts in words, two exempt
  named; tasks inside the chair's conclusion ("chi bộ giao Đ/C X …", "việc … do Đ/C Y đảm nhận", "chi ủy giao cho
  tổ đoàn kết số 3 …"), "trước mùa mưa bão", "xong trong tháng 5", "thường xuyên", "hằng đêm"; "giơ tay biểu
  quyết: mười sáu trên mười sáu" -> —
- w02-daklak-ede-village-guest-directions-unexcused -> Đắk Lắk Ê Đê buôn, 2001; "IV. PHÂN CÔNG" dash list
  ("lo …", "cùng chi hội phụ nữ …", a chi đoàn), "trước ngày khai giảng", "hằng tuần"; no chair's conclusion:
  the Phó Bí thư of the commune gives "Ý kiến chỉ đạo", the chair thanks; "đa số tán thành, 01 đồng chí không
  tán thành" -> missing_conclusion, unexcused_absence
- w03-hcm-ward-assignee-first-table-clean -> Hồ Chí Minh City, Gò Vấp, 2006; Liberation Sans, ragged;
  "19h30"; "Chủ tọa chốt lại" heading; "18/18 đ/c"; ruled task table with the assignee column first, two members
  in one cell, a chi đoàn, "Trước Tết Nguyên đán", "Sáng Chủ nhật hằng tuần", an empty deadline cell -> —
- w04-bentre-coconut-coop-near-miss-tasks-short -> Bến Tre coconut cooperative, 2009; DejaVu Sans 10.5;
  "Đúng 2 giờ chiều" … "3 giờ 20 phút chiều" (80 min); "9/10" (exactly 90 %); "Ý kiến chỉ đạo của đồng chí
  chủ trì" as the conclusion; only near misses for tasks (a plan with nobody named, work a member has already
  done, "chi ủy phân công sau", a general call, a request to the commune committee); "100% … tán thành"
  -> missing_assignments, short_meeting
- w05-lamdong-school-thematic-clean -> Lâm Đồng upper-secondary school, 2011; thematic, quarter and a
  two-line "Chuyên đề:"; DejaVu Sans, running head and "- n -"; "Có mặt: 17/17. Vắng: không."; "Đ/c Bí thư tổng
  kết" with tasks inside ("chịu trách nhiệm", "Đề nghị đồng chí X …", passive "được phân công"), "trước ngày",
  "xong trong học kỳ I", "vào kỳ họp tháng 12"; "mỗi đảng viên …" is no task; "17/17 …, không có ý kiến khác"
  -> —
- w06-binhduong-footwear-form-unfilled-not-approved -> Bình Dương footwear company, 2016; printed form typed
  in: "Số: ……/BB-CB", "Khách mời: ……", "(Ký, ghi rõ họ tên)"; "KẾT LUẬN CỦA CHỦ TRÌ" with "Giao …", two members,
  a Công đoàn group, "ngay sau cuộc họp", "trong tháng 4", "đến hết năm"; ends with the end time only
  -> not_approved, unfilled_template
- w07-cantho-hospital-no-discussion-no-vote -> Cần Thơ hospital department, 2012; Serif 13, ragged,
  "Trang n"; degrees before names; "Chi bộ thảo luận, thống nhất với báo cáo, không có ý kiến bổ sung";
  inline "Đồng chí Bí thư kết luận" giving tasks ("lo việc …", "chịu trách nhiệm", a role "Điều dưỡng trưởng
  khoa" "hằng tuần"); minutes read back but the conclusion never voted -> missing_vote, no_discussion
- w08-ninhthuan-cham-village-low-unexcused -> Ninh Thuận Chăm village, 2020; Serif 13.5, "Trang n/N";
  "19g15"; absentees told in sentences ("đã báo với chi ủy", "xin phép vắng", "vắng, không báo"); 18 of 21
  due; a guest who speaks; "Cuối buổi, đồng chí Bí thư chốt lại"; "Chi ủy giao cho Tổ hòa giải thôn …",
  "được giao", "suốt mấy ngày lễ Katê", "trước lễ Katê"; "chi bộ sẽ gặp riêng" and a request upward are no
  tasks; "tán thành 18 (mười tám); không tán thành: không; ý kiến khác: không" -> low_attendance,
  unexcused_absence
- w09-tayninh-police-vote-table-no-conclusion-no-tasks -> Tây Ninh commune police after the 2025
  reorganisation; ranks before names; the agenda promises a conclusion; the chair only takes note, defers the
  assignments ("chi ủy sẽ phân công sau"), calls on every member and closes; a ruled vote table of two rows
  (two resolutions) -> missing_conclusion, missing_assignments
- w10-soctrang-khmer-hamlet-book-2004 -> minute book of a Sóc Trăng Khmer hamlet, Jan–Jun 2004, five minutes,
  each after the first starting mid-page; Serif 12, right-aligned running head from page 2, "- n -" at the
  bottom; "HỘI NGHỊ CHI BỘ", "Chủ tọa", "Thư ký hội nghị"; January with a task table without a deadline column;
  February with the chair's "thống nhất" inside the discussion and no vote; March combined with a thematic
  meeting (150 min); April skipped for Chôl Chnăm Thmây (the May minute says so); May with only general calls
  and a report of work done; June with a one-row absentee table, a lunar deadline, "xong trong quý III" and no
  read-back; đ/c Thạch Mích absent without reason in January, March and June. Per minute: unexcused_absence;
  missing_vote; unexcused_absence; missing_assignments; not_approved + unexcused_absence
  / book: missing_month, no_thematic_in_quarter, repeated_absence
- w11-phuyen-retirees-scan-photocopy-low-short -> scan only (photocopy, 250 dpi): Phú Yên retired members'
  cell, 2007; "8g00" to "9g15"; 21 of 25 due, four named absentees (one reason after two names); "KẾT LUẬN"
  with "đề nghị đồng chí X …", "đ/c X và đ/c Y …", "Chi hội Người cao tuổi"; "tỷ lệ tán thành 95,2%"
  -> low_attendance, short_meeting
- w12-khanhhoa-fishing-scan-fax-clean -> fax scan (200 dpi, black and white) of w01 -> —
- w13-hcm-ward-scan-phone-clean -> phone photo (200 dpi) of w03 -> —
- w14-lamdong-school-scan-bleed-clean -> thin-paper scan with show-through (250 dpi, 2 pages) of w05 -> —

Labelling decisions (on top of the READMEs' labelling choices):
- "đa số tán thành, 01 đồng chí không tán thành" is a resolution with `for` null and `against` 1: the majority
  is not a count. (A bare "đa số tán thành" with no figure at all would leave nothing to label; none is written.)
- A vote table row is one resolution; "14/14" under "Tán thành" gives `for` 14, "0" under "Không tán thành" /
  "Ý kiến khác" gives against 0 / abstain 0. A vote to propose a reward to the committee above is its own
  resolution, and the proposal is no task.
- "Ý kiến chỉ đạo của đồng chí chủ trì" with content is the chair's conclusion; "Ý kiến chỉ đạo của đồng chí Phó
  Bí thư Đảng ủy xã" (a guest) followed by the chair's thanks is none.
- "Chủ tọa chốt lại" as a heading over a paragraph of the chair's priorities is a conclusion; the agenda's word
  "kết luận" and the chair's "ghi nhận các ý kiến … tuyên bố kết thúc" are none.
- "việc X do đ/c Y đảm nhận" gives Y the task X; "đ/c Y lo X" / "lo việc X" gives Y the task X (the task without
  "lo việc"); "đ/c Y được giao / được phân công X" gives Y the task X; "Chi ủy giao cho Tổ … X" gives the group.
- Deadlines drop the words in front: "trước mùa mưa bão" -> "mùa mưa bão", "trước lễ Katê" -> "lễ Katê",
  "trước ngày khai giảng" -> "ngày khai giảng", "xong trước ngày 15 tháng 5 âm lịch" -> "ngày 15 tháng 5 âm
  lịch", "vào kỳ họp tháng 12" -> "kỳ họp tháng 12"; "suốt mấy ngày lễ Katê", "ngay sau cuộc họp", "hằng đêm"
  stay whole. A table without a deadline column gives null deadlines; a time inside the task cell stays in
  the task.
- A task given to a member absent that day is still an assignment.
- A month the book says was skipped (a festival) is a missing month; a note about it inside the next minute
  starts nothing.
- Times: "8g00" 08:00, "2 giờ chiều" 14:00, "3 giờ 20 phút chiều" 15:20, "7 giờ tối" 19:00, "9 giờ 15 tối" 21:15.
- "Đảng viên tham dự: 14/15 đồng chí, miễn sinh hoạt 01 đồng chí" gives total 16 (present + absent + exempt).
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, minute, meeting, task, vote

DOCS: list[dict] = []


# =================================================================================================
# w01 — Khánh Hòa, Vạn Ninh: a fishing village in 1998, typed on a machine. Clean.
# =================================================================================================
DOCS.append({
    "name": "w01-khanhhoa-fishing-village-mono-clean", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.25,
              "left": 70, "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ VẠN THẠNH", "CHI BỘ THÔN ĐẦM MÔN", "Số: 07/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vạn Thạnh, ngày 12 tháng 4 năm 1998"]),
            G(8),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ", size=13),
            C("Kỳ họp thường lệ tháng 4 năm 1998", bold=False),
            G(8),
            P("Hôm nay, ngày 12 tháng 4 năm 1998, vào lúc 8g00, tại trụ sở thôn Đầm Môn, Chi bộ thôn Đầm Môn "
              "họp hội nghị thường lệ tháng 4."),
            P("Chủ tọa hội nghị: Đ/C Võ Văn Lợi, Bí thư chi bộ."),
            P("Thư ký hội nghị: Đ/C Nguyễn Thị Bông."),
            P("Đảng viên của chi bộ có mười chín đồng chí. Hai đồng chí già yếu được miễn sinh hoạt là Đ/C "
              "Trần Văn Lự và Đ/C Nguyễn Thị Gái. Có mặt dự hội nghị mười sáu đồng chí. Vắng một đồng chí: "
              "Đ/C Huỳnh Văn Mót, đi biển chưa về."),
            P("Nội dung hội nghị gồm ba phần:"),
            P("1/ Đ/C Bí thư phổ biến Chỉ thị 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện Quy chế dân "
              "chủ ở cơ sở; từ nay các khoản dân đóng góp đều phải công khai tại trụ sở Ủy ban nhân dân xã và "
              "tại thôn. Thông báo của Huyện ủy về vụ cá nam: ghe đi xa bờ phải có đủ phao cứu sinh."),
            P("2/ Kiểm điểm nghị quyết tháng 3: thôn có 42 ghe đi bạn cá cơm, sản lượng khá hơn năm trước. "
              "Số lồng nuôi tôm hùm tăng lên 310 lồng, nhưng có 6 hộ bị mất trộm tôm giống ban đêm. Đoạn "
              "đường từ xóm giữa ra bến sụt lún sau mùa mưa, xe đạp đi không được. Thu quỹ an ninh mới đạt "
              "60%. Chi bộ chưa họp dân bàn việc làm lại đường như nghị quyết tháng trước đã đề ra."),
            P("3/ Công việc tháng 4 và tháng 5: giữ an toàn cho ghe đi biển xa; vận động đóng góp sửa đường "
              "ra bến; canh giữ lồng tôm; chuẩn bị họp dân theo tinh thần Quy chế dân chủ."),
            P("Ý kiến tham gia:"),
            P("- Đ/C Trương Văn Dũng (Thôn trưởng): nhiều ghe mua lại ở nơi khác chưa làm giấy tờ đăng ký, "
              "ra khơi gặp biên phòng kiểm tra là bị phạt. Đề nghị chi bộ cho rà soát một lượt."),
            P("- Đ/C Nguyễn Thị Bé Hai: bà con xóm giữa sẵn sàng góp tiền, góp công làm đường, miễn là sổ "
              "sách thu chi rõ ràng, đọc cho dân nghe."),
            P("- Đ/C Lê Văn Sang: mất tôm là do người ngoài vào, phải có người thức canh, không thể để mỗi nhà "
              "tự lo."),
            P("Đ/C chủ tọa kết luận hội nghị:"),
            P("Chi bộ nhất trí đánh giá tháng 3 như báo cáo. Trong tháng 4 chi bộ lãnh đạo làm cho xong ba "
              "việc. Một là, chi bộ giao Đ/C Trương Văn Dũng rà soát lại số ghe thuyền chưa có đăng ký, báo "
              "cáo Ủy ban nhân dân xã trước mùa mưa bão. Hai là, việc vận động bà con đóng góp sửa lại đoạn "
              "đường ra bến do Đ/C Nguyễn Thị Bé Hai đảm nhận, phải họp dân công khai trước khi thu, xong trong "
              "tháng 5. Ba là, chi ủy giao cho tổ đoàn kết số 3 canh giữ bãi lồng tôm ban đêm, thường xuyên; "
              "Đ/C Lê Văn Sang trực tiếp kiểm tra việc canh giữ hằng đêm."),
            P("Hội nghị giơ tay biểu quyết: mười sáu trên mười sáu đồng chí nhất trí với kết luận của chủ tọa."),
            P("Hội nghị kết thúc lúc 10g30 cùng ngày. Thư ký đọc lại biên bản cho hội nghị nghe, các đồng chí "
              "không có ý kiến gì thêm và nhất trí thông qua."),
            G(4),
            S(["THƯ KÝ HỘI NGHỊ", "Nguyễn Thị Bông"], ["CHỦ TỌA", "Võ Văn Lợi"]),
        ],
        "truth": minute(
            meeting("regular", "1998-04-12", "08:00", "10:30", "trụ sở thôn Đầm Môn",
                    "CHI BỘ THÔN ĐẦM MÔN", "ĐẢNG BỘ XÃ VẠN THẠNH"),
            "Võ Văn Lợi", "Bí thư chi bộ", "Nguyễn Thị Bông",
            attendance(19, 16, 1, 1, 0, 2, [("Huỳnh Văn Mót", "đi biển chưa về", True)]),
            True,
            [vote("Kết luận hội nghị tháng 4/1998", 16)],
            [task("Trương Văn Dũng", "rà soát lại số ghe thuyền chưa có đăng ký, báo cáo Ủy ban nhân dân xã",
                  "mùa mưa bão"),
             task("Nguyễn Thị Bé Hai", "vận động bà con đóng góp sửa lại đoạn đường ra bến", "tháng 5"),
             task("tổ đoàn kết số 3", "canh giữ bãi lồng tôm ban đêm", "thường xuyên"),
             task("Lê Văn Sang", "trực tiếp kiểm tra việc canh giữ", "hằng đêm")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "w12-khanhhoa-fishing-scan-fax-clean", "folder": "dev", "damage": "fax", "seed": 1801,
               "dpi": 200}],
})


# =================================================================================================
# w02 — Đắk Lắk: an Ê Đê buôn in 2001; the commune's deputy secretary gives directions, the chair only
# thanks him. Tasks in a dash list; a majority vote with one named dissenter.
# =================================================================================================
DOCS.append({
    "name": "w02-daklak-ede-village-guest-directions-unexcused", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 24, "spacing": 1.25,
              "left": 76, "right": 62, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ EA TIÊU", "CHI BỘ BUÔN KMANG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ea Tiêu, ngày 18 tháng 7 năm 2001"]),
            G(6),
            C("BIÊN BẢN", size=15),
            C("HỌP CHI BỘ THƯỜNG KỲ THÁNG 7/2001"),
            G(8),
            L("Thời gian: bắt đầu 19 giờ 00, ngày 18/7/2001."),
            L("Địa điểm: nhà sinh hoạt cộng đồng buôn Kmang."),
            L("Chủ trì: đ/c Y Wơn Niê, Bí thư chi bộ."),
            L("Thư ký: đ/c H'Lan Mlô."),
            L("Đảng viên: tổng số 14 đồng chí, có mặt 13 đồng chí; vắng 01 là đ/c Y Kông Mlô, không lý do."),
            L("Đại biểu dự: đồng chí Trần Minh Đức, Phó Bí thư Đảng ủy xã."),
            H("I. TÌNH HÌNH THÁNG 6 VÀ NỬA ĐẦU THÁNG 7"),
            P("Đ/c Bí thư báo cáo: mưa đến sớm nên bà con trồng xong 19 ha bắp và đậu xanh xen trong rẫy. Cà "
              "phê ra trái đều nhưng giá cà phê nhân chỉ còn khoảng 6.000 đồng một ký, nhiều hộ không có tiền "
              "mua phân, đã có 5 hộ bán cà phê non, 2 hộ cầm cố rẫy cho tư thương. Ngân hàng phục vụ người "
              "nghèo cho 11 hộ trong buôn vay vốn. An ninh trong buôn ổn định, bà con không nghe theo lời xúi "
              "giục của kẻ xấu; đêm nào tổ tự quản cũng có người trực. Còn 7 cháu bỏ học từ năm học trước "
              "chưa đi học lại. Giếng nước chung đầu buôn bẩn, trẻ em hay bị tiêu chảy."),
            H("II. NHIỆM VỤ THÁNG 7 VÀ THÁNG 8"),
            P("Giữ vững an ninh buôn làng; hướng dẫn bà con bón phân, làm cỏ cà phê đúng vụ, không bán cà phê "
              "non; sửa lại máng nước đầu buôn; vận động các cháu bỏ học trở lại trường trước năm học mới; giữ "
              "vệ sinh giếng nước chung."),
            H("III. THẢO LUẬN"),
            P("Đ/c Y Djhang Ksơr: máng nước hư từ mùa khô, mỗi nhà góp một ngày công là làm xong; tôi biết chỗ "
              "mua ống nhựa rẻ ở thị trấn."),
            P("Đ/c H'Bia Niê: các cháu bỏ học phần nhiều là con gái, phải ở nhà giữ em hoặc lên rẫy với cha "
              "mẹ. Chi hội phụ nữ sẽ đến từng nhà nói chuyện với cha mẹ các cháu."),
            P("Đ/c Y Khoa Êban: việc máng nước nên để sau vụ mùa, bây giờ bà con đang bận lên rẫy, gọi đi làm "
              "công không đủ người."),
            H("IV. PHÂN CÔNG"),
            L("- Đ/c Y Djhang Ksơr lo sửa lại máng nước đầu buôn, xong trước ngày 30/7."),
            L("- Đ/c H'Bia Niê cùng chi hội phụ nữ đến từng nhà vận động các cháu bỏ học đi học lại, trước "
              "ngày khai giảng."),
            L("- Chi đoàn thanh niên buôn dọn vệ sinh giếng nước chung, hằng tuần."),
            H("V. Ý KIẾN CHỈ ĐẠO CỦA ĐỒNG CHÍ PHÓ BÍ THƯ ĐẢNG ỦY XÃ"),
            P("Đồng chí Trần Minh Đức ghi nhận chi bộ buôn Kmang giữ được an ninh trong thời gian qua. Đề nghị "
              "chi bộ nắm chắc từng hộ có người đi làm ăn xa; có người lạ đến ở thì phải báo ngay cho Công an "
              "xã; không để bà con bán cà phê non, cầm cố rẫy, hộ nào khó khăn quá thì báo lên xã để xét cho "
              "vay. Cuối tháng 8 Đảng ủy xã sẽ đi kiểm tra việc vận động học sinh ra lớp ở các buôn."),
            P("Đ/c Y Wơn Niê thay mặt chi bộ cảm ơn ý kiến chỉ đạo của đồng chí Phó Bí thư Đảng ủy xã, hứa chi "
              "bộ sẽ tiếp thu và thực hiện nghiêm túc."),
            P("Chi bộ biểu quyết thông qua nhiệm vụ tháng 7 và tháng 8: đa số tán thành, 01 đồng chí không tán "
              "thành (đ/c Y Khoa Êban, vẫn giữ ý kiến để sau vụ mùa mới sửa máng nước)."),
            P("Cuộc họp kết thúc lúc 21 giờ 10 phút. Biên bản được đọc lại cho chi bộ nghe và được thông qua."),
            G(4),
            S(["THƯ KÝ", "H'Lan Mlô"], ["BÍ THƯ CHI BỘ", "Y Wơn Niê"]),
        ],
        "truth": minute(
            meeting("regular", "2001-07-18", "19:00", "21:10", "nhà sinh hoạt cộng đồng buôn Kmang",
                    "CHI BỘ BUÔN KMANG", "ĐẢNG BỘ XÃ EA TIÊU"),
            "Y Wơn Niê", "Bí thư chi bộ", "H'Lan Mlô",
            attendance(14, 13, 1, 0, 1, 0, [("Y Kông Mlô", "không lý do", False)],
                       [("Trần Minh Đức", "Phó Bí thư Đảng ủy xã")]),
            False,
            [vote("Nhiệm vụ tháng 7 và tháng 8/2001", None, 1)],
            [task("Y Djhang Ksơr", "sửa lại máng nước đầu buôn", "30/7"),
             task("H'Bia Niê", "cùng chi hội phụ nữ đến từng nhà vận động các cháu bỏ học đi học lại",
                  "ngày khai giảng"),
             task("Chi đoàn thanh niên buôn", "dọn vệ sinh giếng nước chung", "hằng tuần")],
            ["missing_conclusion", "unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# w03 — Hồ Chí Minh City, Gò Vấp: a neighbourhood cell before Tết 2006; task table with the assignee first.
# Clean.
# =================================================================================================
DOCS.append({
    "name": "w03-hcm-ward-assignee-first-table-clean", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.2,
              "left": 66, "right": 62},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ QUẬN GÒ VẤP", "ĐẢNG BỘ PHƯỜNG 14", "CHI BỘ KHU PHỐ 3", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Gò Vấp, ngày 14 tháng 01 năm 2006"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=14),
            C("(Tháng 01/2006)", bold=False),
            G(6),
            P("Vào lúc 19h30 ngày 14/01/2006, Chi bộ Khu phố 3 họp tại văn phòng Ban điều hành khu phố, số 86/2 "
              "đường Lê Đức Thọ."),
            P("Chủ tọa: đ/c Lưu Văn Hên – Bí thư Chi bộ, Trưởng khu phố. Thư ký: đ/c Đinh Thị Ngọc Thủy."),
            P("Đảng viên trong chi bộ: 21 đ/c; miễn sinh hoạt 02 đ/c (đ/c Lâm Văn Chính, đ/c Hà Thị Mẫn, lão "
              "thành cách mạng); có mặt 18 đ/c; vắng 01 đ/c: đ/c Tạ Quang Vinh về quê Quảng Ngãi chăm mẹ bệnh."),
            H("1. Thông tin"),
            P("Đ/c Bí thư thông tin: Đảng ủy phường triển khai lấy ý kiến đảng viên và nhân dân góp ý dự thảo "
              "Báo cáo chính trị trình Đại hội X của Đảng, chi bộ tổ chức góp ý và nộp bản tổng hợp về phường; "
              "Ủy ban nhân dân quận nhắc lại lệnh cấm đốt pháo trong dịp Tết Bính Tuất."),
            H("2. Tình hình tháng 12/2005"),
            P("Khu phố giữ danh hiệu khu phố văn hóa năm thứ ba; quỹ \"Vì người nghèo\" vận động được "
              "9.450.000 đồng; 4 tổ dân phố đăng ký tạm trú xong cho người lao động thuê trọ. Tồn tại: hẻm 86 "
              "và hẻm 102 còn đổ rác ra lề đường; xảy ra 2 vụ mất trộm xe gắn máy trong khu nhà trọ."),
            H("3. Công tác tháng 01/2006"),
            P("Chăm lo Tết cho gia đình chính sách, hộ nghèo; giữ an ninh trật tự, nhất là khu nhà trọ; hoàn "
              "thành góp ý văn kiện Đại hội X; vệ sinh, trang trí đường hẻm đón Tết."),
            H("Ý kiến thảo luận"),
            P("- Đ/c Mai Thị Hồng (Chi hội trưởng phụ nữ): danh sách hộ nghèo năm nay có 11 hộ, đề nghị ưu tiên "
              "quà cho 3 cụ già neo đơn ở hẻm 102."),
            P("- Đ/c Quách Văn Sang: bà con góp ý văn kiện nhiều nhất là chuyện chống tham nhũng, phải ghi lại "
              "đầy đủ, không được bỏ bớt."),
            P("- Đ/c Lý Kim Phụng: trộm xe đều xảy ra lúc khuya, đề nghị tổ bảo vệ đi tuần thêm sau 23 giờ."),
            H("Chủ tọa chốt lại"),
            P("Tháng 01 chi bộ tập trung ba việc: lo Tết đầy đủ cho gia đình chính sách và hộ nghèo, không để "
              "hộ nào thiếu Tết; tổng hợp trung thực ý kiến góp ý văn kiện Đại hội X; tăng tuần tra khu nhà trọ "
              "và đêm giao thừa. Chi bộ thống nhất phân công theo bảng dưới đây."),
            P("Biểu quyết: 18/18 đ/c có mặt tán thành."),
            T([(0.30, "Người thực hiện", "l"), (0.46, "Công việc", "l"), (0.24, "Thời gian", "l")],
              [["Đ/c Mai Thị Hồng", "Lập danh sách, đi thăm và tặng quà Tết gia đình chính sách, hộ nghèo",
                "Trước Tết Nguyên đán"],
               ["Đ/c Quách Văn Sang, đ/c Lý Kim Phụng",
                "Tổng hợp ý kiến góp ý dự thảo văn kiện Đại hội X, gửi Đảng ủy phường", "20/01/2006"],
               ["Chi đoàn khu phố", "Ra quân dọn vệ sinh các tuyến hẻm", "Sáng Chủ nhật hằng tuần"],
               ["Tổ bảo vệ dân phố", "Tuần tra khu nhà trọ sau 23 giờ và đêm giao thừa", ""]]),
            P("Cuộc họp kết thúc lúc 21h15. Biên bản được đọc lại, 18/18 đ/c nhất trí thông qua."),
            G(2),
            S(["THƯ KÝ", "Đinh Thị Ngọc Thủy"], ["T/M CHI BỘ", "BÍ THƯ", "Lưu Văn Hên"]),
        ],
        "truth": minute(
            meeting("regular", "2006-01-14", "19:30", "21:15",
                    "văn phòng Ban điều hành khu phố, số 86/2 đường Lê Đức Thọ", "CHI BỘ KHU PHỐ 3",
                    "ĐẢNG BỘ PHƯỜNG 14"),
            "Lưu Văn Hên", "Bí thư Chi bộ", "Đinh Thị Ngọc Thủy",
            attendance(21, 18, 1, 1, 0, 2, [("Tạ Quang Vinh", "về quê Quảng Ngãi chăm mẹ bệnh", True)]),
            True,
            [vote("Kết luận và phân công tháng 01/2006", 18)],
            [task("Mai Thị Hồng", "Lập danh sách, đi thăm và tặng quà Tết gia đình chính sách, hộ nghèo",
                  "Tết Nguyên đán"),
             task("Quách Văn Sang", "Tổng hợp ý kiến góp ý dự thảo văn kiện Đại hội X, gửi Đảng ủy phường",
                  "20/01/2006"),
             task("Lý Kim Phụng", "Tổng hợp ý kiến góp ý dự thảo văn kiện Đại hội X, gửi Đảng ủy phường",
                  "20/01/2006"),
             task("Chi đoàn khu phố", "Ra quân dọn vệ sinh các tuyến hẻm", "Sáng Chủ nhật hằng tuần"),
             task("Tổ bảo vệ dân phố", "Tuần tra khu nhà trọ sau 23 giờ và đêm giao thừa", None)],
            []),
    }],
    "flags": [],
    "scans": [{"name": "w13-hcm-ward-scan-phone-clean", "folder": "dev", "damage": "phone", "seed": 1803,
               "dpi": 200}],
})


# =================================================================================================
# w04 — Bến Tre: a coconut cooperative in 2009; everything around tasks, but no task. 80 minutes.
# =================================================================================================
DOCS.append({
    "name": "w04-bentre-coconut-coop-near-miss-tasks-short", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": True, "indent": 20, "spacing": 1.3,
              "left": 72, "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ TÂN THÀNH BÌNH", "CHI BỘ HỢP TÁC XÃ DỪA PHÚ AN"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Thành Bình, ngày 06 tháng 8 năm 2009"]),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ", size=13),
            C("Tháng 8 năm 2009", bold=False),
            G(6),
            P("Đúng 2 giờ chiều ngày 06 tháng 8 năm 2009, Chi bộ Hợp tác xã dừa Phú An sinh hoạt định kỳ tại "
              "văn phòng Hợp tác xã, ấp Phú Hữu."),
            P("Đồng chí Nguyễn Văn Bé Ba, Bí thư chi bộ kiêm Giám đốc Hợp tác xã chủ trì; đồng chí Trần Thị Kim "
              "Loan ghi biên bản."),
            P("Đảng viên dự: 9/10 đồng chí. Vắng đồng chí Lê Thanh Tâm, đi Thành phố Hồ Chí Minh giao hàng, có "
              "báo trước."),
            H("1. Đánh giá tháng 7"),
            P("Hợp tác xã thu mua 212.000 trái dừa khô của xã viên, giá bình quân 1.300 đồng một trái, thấp hơn "
              "cùng kỳ năm 2008 gần một nửa vì các cơ sở kẹo dừa bán chậm. Xưởng chỉ xơ làm được 31 tấn. Bọ "
              "cánh cứng hại dừa lan thêm ở ấp Phú Hữu và ấp Phú Lợi, khoảng 18 ha; Trạm Khuyến nông huyện đã "
              "thả ong ký sinh đợt một. Nợ vật tư của xã viên còn 146 triệu đồng."),
            P("Đồng chí Lê Thanh Tâm đã liên hệ xong với một công ty làm thảm xơ dừa ở Bình Dương, được giá "
              "chỉ xơ 3.900 đồng một ký, trong tháng 7 đã giao được 12 tấn."),
            H("2. Nhiệm vụ tháng 8"),
            P("Hoàn thành hợp đồng 40 tấn chỉ xơ; phối hợp Trạm Khuyến nông thả ong ký sinh đợt hai trên diện "
              "tích bị bọ cánh cứng; thu hồi ít nhất 50 triệu đồng nợ vật tư; chuẩn bị đại hội xã viên giữa "
              "nhiệm kỳ. Người phụ trách từng việc sẽ do chi ủy phân công sau khi Ban quản trị họp."),
            H("3. Thảo luận"),
            P("Đồng chí Võ Văn Chiến: xã viên than giá dừa thấp, đã có hộ đốn dừa trồng ca cao. Hợp tác xã phải "
              "tính giữ giá thu mua, đừng để mất nguồn hàng vào tay thương lái."),
            P("Đồng chí Huỳnh Thị Thu: nên xin thêm ong ký sinh cho ấp Phú Lợi, chỗ đó dừa cao, xịt thuốc "
              "không tới ngọn."),
            H("4. Ý kiến chỉ đạo của đồng chí chủ trì"),
            P("Chi bộ thống nhất với báo cáo. Trong tháng, chi bộ lãnh đạo Hợp tác xã giữ giá thu mua dừa không "
              "thấp hơn giá chợ, ưu tiên thu hết dừa của xã viên; diệt bọ cánh cứng cho dứt điểm ở hai ấp; thu "
              "nợ vật tư có kế hoạch, không gây khó cho hộ nghèo. Đề nghị các đồng chí đảng viên gương mẫu giữ "
              "vườn dừa, không chặt bỏ dừa đang cho trái."),
            P("Chi bộ kiến nghị Đảng ủy xã đề xuất với Ngân hàng Nông nghiệp huyện cho Hợp tác xã giãn nợ vốn "
              "vay lưu động đến cuối năm."),
            P("Kết quả biểu quyết: 100% đảng viên có mặt tán thành."),
            P("Sinh hoạt kết thúc lúc 3 giờ 20 phút chiều. Biên bản đã đọc lại, chi bộ nhất trí."),
            G(4),
            S(["NGƯỜI GHI BIÊN BẢN", "Trần Thị Kim Loan"], ["BÍ THƯ CHI BỘ", "Nguyễn Văn Bé Ba"]),
        ],
        "truth": minute(
            meeting("regular", "2009-08-06", "14:00", "15:20", "văn phòng Hợp tác xã, ấp Phú Hữu",
                    "CHI BỘ HỢP TÁC XÃ DỪA PHÚ AN", "ĐẢNG BỘ XÃ TÂN THÀNH BÌNH"),
            "Nguyễn Văn Bé Ba", "Bí thư chi bộ", "Trần Thị Kim Loan",
            attendance(10, 9, 1, 1, 0, 0,
                       [("Lê Thanh Tâm", "đi Thành phố Hồ Chí Minh giao hàng, có báo trước", True)]),
            True,
            [vote("Ý kiến chỉ đạo và nhiệm vụ tháng 8/2009", pct=100)],
            [],
            ["missing_assignments", "short_meeting"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# w05 — Lâm Đồng, Lâm Hà: an upper-secondary school's thematic meeting in 2011; tasks inside the summing-up.
# Clean.
# =================================================================================================
DOCS.append({
    "name": "w05-lamdong-school-thematic-clean", "folder": "dev",
    "style": {"family": "dvsans", "size": 11.5, "justify": True, "indent": 22, "spacing": 1.35,
              "left": 70, "right": 64, "head": "Chi bộ Trường THPT Tân Hà – sinh hoạt chuyên đề quý III/2011",
              "head_align": "right", "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN LÂM HÀ", "CHI BỘ TRƯỜNG THPT TÂN HÀ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lâm Hà, ngày 21 tháng 9 năm 2011"]),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2011"),
            C("Chuyên đề: Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", bold=False, italic=True),
            C("về nâng cao ý thức trách nhiệm, hết lòng, hết sức phục vụ nhân dân", bold=False, italic=True),
            G(8),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            P("Thời gian: 14h00 ngày 21/9/2011."),
            P("Địa điểm: phòng họp Hội đồng sư phạm nhà trường."),
            P("Đảng viên của chi bộ: 17 đồng chí (15 chính thức, 02 dự bị). Có mặt: 17/17. Vắng: không."),
            P("Chủ trì: đồng chí Đoàn Văn Khải – Bí thư chi bộ, Hiệu trưởng."),
            P("Thư ký: đồng chí Nguyễn Thị Hoài Thương – Chi ủy viên."),
            H("II. NỘI DUNG"),
            P("1. Đồng chí Trần Quốc Bảo, Phó Bí thư chi bộ, Phó Hiệu trưởng, trình bày chuyên đề. Với Bác, "
              "trách nhiệm trước hết là trách nhiệm với nhân dân, \"việc gì có lợi cho dân thì phải hết sức "
              "làm\". Đối với người thầy, phục vụ nhân dân là dạy thật, học thật, thương học trò như con, không "
              "để em nào bị bỏ lại phía sau."),
            P("2. Liên hệ thực tế nhà trường: năm học 2010 – 2011 tỷ lệ tốt nghiệp đạt 91,6%, nhưng có 23 học "
              "sinh bỏ học giữa chừng, phần lớn là con em đồng bào K'Ho ở các thôn xa; vẫn còn giáo viên dạy "
              "thêm chưa đúng quy định, ít đến nhà học sinh yếu kém; hồ sơ chuyên môn có tổ làm còn đối phó."),
            P("3. Thảo luận:"),
            P("Đồng chí Ka Hưng (giáo viên chủ nhiệm lớp 10A4): các em bỏ học chủ yếu vì nhà nghèo, đường đến "
              "trường xa 12 cây số, mùa cà phê phải ở nhà phụ cha mẹ. Nếu trường bố trí được chỗ ở bán trú thì "
              "giữ được nhiều em."),
            P("Đồng chí Lê Minh Nhật (Tổ trưởng tổ Toán): tổ Toán xin nhận phụ đạo miễn phí cho học sinh yếu "
              "các lớp 10 vào chiều thứ Bảy."),
            P("Đồng chí Phạm Thị Duyên: mỗi đảng viên nên đăng ký một việc làm theo cụ thể, đo được, cuối năm "
              "chi bộ căn cứ vào đó để đánh giá."),
            P("4. Đ/c Bí thư tổng kết buổi sinh hoạt:"),
            P("Chuyên đề được chuẩn bị chu đáo, ý kiến thảo luận thiết thực. Chi bộ thống nhất lấy việc giữ "
              "học sinh không bỏ học và nâng chất lượng học sinh yếu làm việc làm theo chung của chi bộ trong "
              "năm học 2011 – 2012. Đồng chí Trần Quốc Bảo chịu trách nhiệm xây dựng kế hoạch phụ đạo học sinh "
              "yếu, trình chi bộ trước ngày 05/10/2011. Đề nghị đồng chí Ka Hưng nắm lại danh sách học sinh dân "
              "tộc thiểu số có nguy cơ bỏ học và cùng giáo viên chủ nhiệm đến từng nhà vận động, xong trong học "
              "kỳ I. Đồng chí Lê Minh Nhật được phân công theo dõi bản đăng ký làm theo của từng đảng viên, báo "
              "cáo chi bộ vào kỳ họp tháng 12. Mỗi đảng viên nộp bản đăng ký làm theo cho chi ủy trước ngày "
              "30/9/2011."),
            P("Biểu quyết: 17/17 đồng chí tán thành, không có ý kiến khác."),
            P("Buổi sinh hoạt chuyên đề kết thúc lúc 16h05. Biên bản được đọc lại và thông qua tại buổi sinh "
              "hoạt."),
            G(4),
            S(["THƯ KÝ", "Nguyễn Thị Hoài Thương"], ["CHỦ TRÌ", "BÍ THƯ", "Đoàn Văn Khải"]),
        ],
        "truth": minute(
            meeting("thematic", "2011-09-21", "14:00", "16:05", "phòng họp Hội đồng sư phạm nhà trường",
                    "CHI BỘ TRƯỜNG THPT TÂN HÀ", "ĐẢNG BỘ HUYỆN LÂM HÀ",
                    topic="Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về nâng cao ý thức trách nhiệm, "
                          "hết lòng, hết sức phục vụ nhân dân"),
            "Đoàn Văn Khải", "Bí thư chi bộ", "Nguyễn Thị Hoài Thương",
            attendance(17, 17, 0, 0, 0, 0),
            True,
            [vote("Tổng kết chuyên đề quý III/2011", 17, abstain=0)],
            [task("Trần Quốc Bảo", "xây dựng kế hoạch phụ đạo học sinh yếu, trình chi bộ", "05/10/2011"),
             task("Ka Hưng", "nắm lại danh sách học sinh dân tộc thiểu số có nguy cơ bỏ học và cùng giáo viên "
                  "chủ nhiệm đến từng nhà vận động", "học kỳ I"),
             task("Lê Minh Nhật", "theo dõi bản đăng ký làm theo của từng đảng viên, báo cáo chi bộ",
                  "kỳ họp tháng 12")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "w14-lamdong-school-scan-bleed-clean", "folder": "dev", "damage": "bleed", "seed": 1805,
               "dpi": 250}],
})


# =================================================================================================
# w06 — Bình Dương, Thuận An: a footwear company's printed form in 2016, blanks left, never read back.
# =================================================================================================
DOCS.append({
    "name": "w06-binhduong-footwear-form-unfilled-not-approved", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 0, "spacing": 1.25,
              "left": 78, "right": 58},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY CÔNG TY TNHH GIÀY DA PHÚ AN", "CHI BỘ PHÂN XƯỞNG MAY MŨ GIÀY", "Số: ……/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thuận An, ngày 25 tháng 3 năm 2016"]),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=14),
            C("Tháng 3 năm 2016", bold=False),
            G(6),
            H("I. PHẦN MỞ ĐẦU"),
            L("1. Thời gian: bắt đầu lúc 16 giờ 30 phút, ngày 25/3/2016."),
            L("2. Địa điểm: Hội trường tầng 2, nhà điều hành Công ty."),
            L("3. Chủ trì: đồng chí Phạm Thị Thu Hiền – Bí thư chi bộ."),
            L("4. Thư ký: đồng chí Hồ Minh Luân."),
            L("5. Đảng viên: tổng số 16; có mặt 15; vắng 01 (có lý do: 01 – đồng chí Võ Ngọc Trâm nghỉ thai "
              "sản; không lý do: 0)."),
            L("6. Khách mời: ……"),
            H("II. NỘI DUNG SINH HOẠT"),
            P("1. Thông tin thời sự: đồng chí Bí thư thông báo kết quả Đại hội đại biểu toàn quốc lần thứ XII "
              "của Đảng; ngày bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ "
              "2016 – 2021 là Chủ nhật 22/5/2016; Công ty điều chỉnh lương theo mức lương tối thiểu vùng mới từ "
              "ngày 01/01/2016."),
            P("2. Kết quả tháng 02/2016: sau Tết có 37 công nhân của phân xưởng không trở lại làm việc, đã tuyển "
              "bù 29 người; sản lượng đạt 86% kế hoạch; đơn hàng giày thể thao đi châu Âu trễ 4 ngày, phải tăng "
              "ca. Bữa ăn ca đã được cải thiện, công nhân không còn phản ánh."),
            P("3. Phương hướng tháng 4/2016: bảo đảm tiến độ đơn hàng, không để tăng ca quá 30 giờ trong tháng; "
              "kèm cặp công nhân mới; nhắc công nhân xem tên mình trong danh sách cử tri nơi tạm trú; phát hiện "
              "quần chúng ưu tú giới thiệu đi học lớp cảm tình Đảng."),
            P("4. Thảo luận:"),
            P("Đồng chí Nguyễn Văn Tới (Tổ trưởng chuyền 5): công nhân mới tay nghề còn yếu, chuyền 5 bị trả "
              "hàng lỗi nhiều, xin phân xưởng cho thêm một thợ giỏi kèm."),
            P("Đồng chí Lê Thị Mỹ Hạnh (Chủ tịch Công đoàn bộ phận): còn chị em mang thai từ tháng thứ bảy vẫn "
              "làm tăng ca, Công đoàn đề nghị bố trí lại cho đúng Bộ luật Lao động."),
            H("III. KẾT LUẬN CỦA CHỦ TRÌ"),
            P("Đồng chí Phạm Thị Thu Hiền kết luận: chi bộ lãnh đạo phân xưởng hoàn thành đơn hàng tháng 4 mà "
              "không tăng ca quá giờ; lao động nữ mang thai không bố trí tăng ca. Giao đồng chí Hồ Minh Luân rà "
              "soát danh sách lao động nữ mang thai, chuyển sang việc nhẹ, làm ngay sau cuộc họp. Đồng chí "
              "Nguyễn Văn Tới và đồng chí Trần Quang Khải kèm cặp tay nghề cho công nhân mới của chuyền 5 và "
              "chuyền 6 trong tháng 4. Tổ Công đoàn phân xưởng theo dõi giờ tăng ca của từng chuyền đến hết "
              "năm."),
            L("IV. BIỂU QUYẾT: tán thành 15/15; không tán thành: 0; ý kiến khác: 0."),
            L("Buổi sinh hoạt kết thúc lúc 18 giờ 10 phút."),
            G(4),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Hồ Minh Luân"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "Phạm Thị Thu Hiền"]),
        ],
        "truth": minute(
            meeting("regular", "2016-03-25", "16:30", "18:10", "Hội trường tầng 2, nhà điều hành Công ty",
                    "CHI BỘ PHÂN XƯỞNG MAY MŨ GIÀY", "ĐẢNG ỦY CÔNG TY TNHH GIÀY DA PHÚ AN"),
            "Phạm Thị Thu Hiền", "Bí thư chi bộ", "Hồ Minh Luân",
            attendance(16, 15, 1, 1, 0, 0, [("Võ Ngọc Trâm", "nghỉ thai sản", True)]),
            True,
            [vote("Kết luận tháng 3/2016", 15, 0, 0)],
            [task("Hồ Minh Luân", "rà soát danh sách lao động nữ mang thai, chuyển sang việc nhẹ",
                  "ngay sau cuộc họp"),
             task("Nguyễn Văn Tới", "kèm cặp tay nghề cho công nhân mới của chuyền 5 và chuyền 6", "tháng 4"),
             task("Trần Quang Khải", "kèm cặp tay nghề cho công nhân mới của chuyền 5 và chuyền 6", "tháng 4"),
             task("Tổ Công đoàn phân xưởng", "theo dõi giờ tăng ca của từng chuyền", "hết năm")],
            ["not_approved", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# w07 — Cần Thơ: a hospital department in 2012; nobody's opinion written, the conclusion never voted.
# =================================================================================================
DOCS.append({
    "name": "w07-cantho-hospital-no-discussion-no-vote", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": False, "indent": 30, "spacing": 1.15,
              "left": 84, "right": 68, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "THÀNH PHỐ CẦN THƠ", "CHI BỘ KHOA NỘI TỔNG HỢP"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cần Thơ, ngày 10 tháng 5 năm 2012"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2012"),
            G(8),
            P("Hôm nay, lúc 13 giờ 30 phút ngày 10/5/2012, tại phòng giao ban Khoa Nội tổng hợp, Chi bộ Khoa "
              "Nội tổng hợp tiến hành sinh hoạt thường kỳ tháng 5 năm 2012."),
            P("Chủ trì: BS.CKII Lâm Thị Ngọc Diệp, Bí thư chi bộ, Trưởng khoa."),
            P("Thư ký: ĐD. Trương Văn Hậu, Chi ủy viên."),
            P("Đảng viên có mặt: 11/12 đồng chí. Vắng 01 đồng chí: BS. Dương Quốc Khánh, đi tập huấn tại Bệnh "
              "viện Chợ Rẫy."),
            P("Chi bộ nghe đồng chí Bí thư báo cáo các nội dung sau:"),
            P("1. Tiếp tục quán triệt Nghị quyết Trung ương 4 khóa XI \"Một số vấn đề cấp bách về xây dựng Đảng "
              "hiện nay\" và kế hoạch kiểm điểm tự phê bình, phê bình của Đảng ủy Bệnh viện."),
            P("2. Tình hình tháng 4: khoa điều trị 486 lượt bệnh nhân nội trú, công suất sử dụng giường 128%, "
              "có lúc phải nằm ghép hai người một giường; số ca sốt xuất huyết ở người lớn tăng; 01 người nhà "
              "bệnh nhân phản ánh thái độ của điều dưỡng trực đêm, khoa đã xin lỗi và nhắc nhở. Trong tháng "
              "không có sự cố chuyên môn."),
            P("3. Nhiệm vụ tháng 5: giảm nằm ghép bằng cách mượn thêm giường của khoa Y học cổ truyền; chuẩn bị "
              "phác đồ và cơ số thuốc cho mùa sốt xuất huyết; thực hiện quy tắc ứng xử, nói lời hay, làm việc "
              "tốt với người bệnh; hoàn chỉnh hồ sơ bệnh án theo góp ý của đoàn kiểm tra."),
            P("Chi bộ thảo luận, thống nhất với báo cáo, không có ý kiến bổ sung."),
            P("Đồng chí Bí thư kết luận: tháng 5 là đầu mùa mưa, chi bộ xác định chống quá tải và phòng sốt xuất "
              "huyết là việc trọng tâm; mọi đảng viên trong khoa phải gương mẫu trong giao tiếp, không để người "
              "bệnh phải phản ánh. Giao đồng chí Trương Văn Hậu lo việc mượn và kê thêm giường bệnh, xong trước "
              "ngày 15/5/2012. Đồng chí Nguyễn Thanh Phong chịu trách nhiệm cập nhật phác đồ điều trị sốt xuất "
              "huyết, tập huấn lại cho bác sĩ trẻ trước ngày 31/5/2012. Điều dưỡng trưởng khoa kiểm tra hồ sơ "
              "bệnh án hằng tuần."),
            P("Biên bản được đọc lại, chi bộ nhất trí thông qua. Buổi sinh hoạt kết thúc lúc 15 giờ 15 phút."),
            G(4),
            S(["THƯ KÝ", "Trương Văn Hậu"], ["BÍ THƯ", "Lâm Thị Ngọc Diệp"]),
        ],
        "truth": minute(
            meeting("regular", "2012-05-10", "13:30", "15:15", "phòng giao ban Khoa Nội tổng hợp",
                    "CHI BỘ KHOA NỘI TỔNG HỢP", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA THÀNH PHỐ CẦN THƠ"),
            "Lâm Thị Ngọc Diệp", "Bí thư chi bộ", "Trương Văn Hậu",
            attendance(12, 11, 1, 1, 0, 0, [("Dương Quốc Khánh", "đi tập huấn tại Bệnh viện Chợ Rẫy", True)]),
            True,
            [],
            [task("Trương Văn Hậu", "mượn và kê thêm giường bệnh", "15/5/2012"),
             task("Nguyễn Thanh Phong", "cập nhật phác đồ điều trị sốt xuất huyết, tập huấn lại cho bác sĩ trẻ",
                  "31/5/2012"),
             task("Điều dưỡng trưởng khoa", "kiểm tra hồ sơ bệnh án", "hằng tuần")],
            ["missing_vote", "no_discussion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# w08 — Ninh Thuận, Thuận Nam: a Chăm village before Katê 2020; absentees told in sentences, 18 of 21 due.
# =================================================================================================
DOCS.append({
    "name": "w08-ninhthuan-cham-village-low-unexcused", "folder": "dev",
    "style": {"family": "serif", "size": 13.5, "justify": True, "indent": 34, "spacing": 1.35,
              "left": 80, "right": 68, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ PHƯỚC NAM", "CHI BỘ THÔN HIẾU THIỆN"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Nam, ngày 05 tháng 10 năm 2020"]),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ", size=15),
            C("Kỳ họp tháng 10 năm 2020", bold=False, italic=True),
            G(8),
            P("Lúc 19g15 ngày 05/10/2020, tại Nhà văn hóa thôn Hiếu Thiện, chi bộ họp thường kỳ tháng 10. Đồng "
              "chí Thập Văn Sang, Bí thư chi bộ, Trưởng thôn chủ trì; đồng chí Lưu Thị Hồng Nhung ghi biên bản."),
            P("Chi bộ hiện có 23 đảng viên, trong đó 02 đồng chí được miễn sinh hoạt do tuổi cao. Dự họp có 18 "
              "đồng chí. Đồng chí Thiên Sanh Hùng đi làm công nhân ở Bình Dương, đã báo với chi ủy; đồng chí "
              "Đàng Văn Lễ nhà có đám giỗ, xin phép vắng; đồng chí Quảng Đại Phước vắng, không báo."),
            P("Dự họp có đồng chí Hán Thị Bích, Đảng ủy viên phụ trách chi bộ."),
            P("Phần thứ nhất – thông tin. Đồng chí Bí thư thông tin về công tác chuẩn bị Đại hội đại biểu Đảng "
              "bộ tỉnh lần thứ XIV; các văn bản của xã về phòng, chống dịch Covid-19, người từ Thành phố Hồ Chí "
              "Minh và Bình Dương về quê phải khai báo y tế; dự báo từ giữa tháng 10 có mưa lớn, bão có thể vào "
              "các tỉnh Nam Trung Bộ."),
            P("Phần thứ hai – kiểm điểm tháng 9. Thôn thu hoạch xong 64 ha lúa hè thu, năng suất bình quân 6,2 "
              "tấn/ha; các hộ trồng nho, táo cắt cành đúng lịch. Hai vụ xô xát giữa thanh niên trong thôn với "
              "thanh niên thôn bên đã được tổ hòa giải giải quyết, không phải đưa lên xã. Mương nội đồng đoạn "
              "giáp khu ruộng Ma Lâm chưa nạo vét, nếu mưa lớn sẽ ngập lúa vụ mùa."),
            P("Phần thứ ba – công việc tháng 10: đón lễ hội Katê an toàn, tiết kiệm; phòng chống dịch bệnh; nạo "
              "vét mương; giữ gìn đoàn kết giữa bà con Chăm Ahiêr, Chăm Awal và người Kinh trong thôn."),
            P("Ý kiến của đảng viên:"),
            P("+ Đồng chí Đàng Thị Mỹ Dung: Katê năm nay đúng lúc còn dịch, đề nghị thôn nhắc bà con lên tháp "
              "dự lễ nhớ đeo khẩu trang, không chen lấn."),
            P("+ Đồng chí Châu Văn Tấn: mương giáp Ma Lâm dài khoảng 700 mét, làm tay mất nhiều ngày, nên xin xã "
              "hỗ trợ máy đào một buổi."),
            P("+ Đồng chí Hán Thị Bích: Đảng ủy xã ghi nhận thôn giữ được đoàn kết; chi bộ cần quan tâm đảng viên "
              "đi làm ăn xa, giữ liên lạc để các đồng chí sinh hoạt đều."),
            P("Cuối buổi, đồng chí Bí thư chốt lại mấy việc chính. Lễ Katê năm nay tổ chức gọn, đúng hướng dẫn "
              "phòng dịch. Chi ủy giao cho Tổ hòa giải thôn phối hợp với Công an viên giữ trật tự trong thôn "
              "suốt mấy ngày lễ Katê. Đồng chí Châu Văn Tấn tổ chức bà con nạo vét mương giáp khu ruộng Ma Lâm, "
              "xong trước ngày 20/10/2020; việc xin máy đào thì chi bộ báo cáo lên Đảng ủy xã. Đồng chí Lưu Thị "
              "Hồng Nhung được giao liên lạc với các đảng viên đi làm ăn xa, nhắc các đồng chí xin giấy giới "
              "thiệu sinh hoạt tạm thời, báo lại chi ủy trước lễ Katê. Chi bộ sẽ gặp riêng đồng chí Quảng Đại "
              "Phước để nhắc nhở vì đã hai lần vắng họp không báo."),
            P("Chi bộ biểu quyết thông qua kết luận: tán thành 18 (mười tám); không tán thành: không; ý kiến "
              "khác: không."),
            P("Cuộc họp kết thúc lúc 21g05. Biên bản đã được đọc lại trước chi bộ, các đồng chí dự họp nhất trí."),
            G(4),
            S(["THƯ KÝ", "Lưu Thị Hồng Nhung"], ["T/M CHI BỘ", "BÍ THƯ", "Thập Văn Sang"]),
        ],
        "truth": minute(
            meeting("regular", "2020-10-05", "19:15", "21:05", "Nhà văn hóa thôn Hiếu Thiện",
                    "CHI BỘ THÔN HIẾU THIỆN", "ĐẢNG BỘ XÃ PHƯỚC NAM"),
            "Thập Văn Sang", "Bí thư chi bộ", "Lưu Thị Hồng Nhung",
            attendance(23, 18, 3, 2, 1, 2,
                       [("Thiên Sanh Hùng", "đi làm công nhân ở Bình Dương, đã báo với chi ủy", True),
                        ("Đàng Văn Lễ", "nhà có đám giỗ, xin phép vắng", True),
                        ("Quảng Đại Phước", "không báo", False)],
                       [("Hán Thị Bích", "Đảng ủy viên phụ trách chi bộ")]),
            True,
            [vote("Kết luận tháng 10/2020", 18, 0, 0)],
            [task("Tổ hòa giải thôn", "phối hợp với Công an viên giữ trật tự trong thôn",
                  "suốt mấy ngày lễ Katê"),
             task("Châu Văn Tấn", "tổ chức bà con nạo vét mương giáp khu ruộng Ma Lâm", "20/10/2020"),
             task("Lưu Thị Hồng Nhung", "liên lạc với các đảng viên đi làm ăn xa, nhắc các đồng chí xin giấy "
                  "giới thiệu sinh hoạt tạm thời, báo lại chi ủy", "lễ Katê")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# w09 — Tây Ninh: a commune police cell after the 2025 reorganisation; the chair takes note and closes,
# the assignments are deferred; a ruled vote table.
# =================================================================================================
DOCS.append({
    "name": "w09-tayninh-police-vote-table-no-conclusion-no-tasks", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": True, "indent": 0, "spacing": 1.25,
              "left": 66, "right": 66, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TỈNH TÂY NINH", "ĐẢNG ỦY XÃ TÂN LẬP", "CHI BỘ CÔNG AN XÃ"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Lập, ngày 12 tháng 9 năm 2025"], bold_left=(2,)),
            G(8),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THÁNG 9 NĂM 2025"),
            G(8),
            L("Thời gian: 7h30 ngày 12/9/2025."),
            L("Địa điểm: hội trường Công an xã Tân Lập."),
            L("Quân số đảng viên: 15 đồng chí. Có mặt: 14 đồng chí. Vắng: 01 đồng chí (Thượng úy Trịnh Văn Tuấn, "
              "trực ban tại chốt kiểm soát)."),
            L("Chủ trì: Thượng tá Lê Hoàng Phong, Bí thư chi bộ, Trưởng Công an xã."),
            L("Thư ký: Đại úy Nguyễn Thị Thanh Tâm, Chi ủy viên."),
            L("Nội dung: báo cáo kết quả tháng 8, nhiệm vụ tháng 9; thảo luận; kết luận; biểu quyết."),
            H("1. Thông tin"),
            P("Đồng chí Bí thư thông tin: từ ngày 01/7/2025 xã Tân Lập mới đi vào hoạt động trên cơ sở sắp xếp "
              "các xã cũ, Công an xã quản lý địa bàn rộng gấp đôi, có 19 km đường biên giới; Công an tỉnh mở đợt "
              "cao điểm tấn công, trấn áp tội phạm buôn lậu qua biên giới dịp cuối năm; tiếp tục làm sạch dữ "
              "liệu dân cư theo Đề án 06."),
            H("2. Kết quả tháng 8/2025 (đồng chí Phó Bí thư trình bày)"),
            P("Trong tháng, Công an xã tiếp nhận 27 tin báo, giải quyết 25, chuyển Công an tỉnh 02 vụ; bắt 01 "
              "vụ vận chuyển 1.200 bao thuốc lá ngoại nhập lậu qua đường mòn; cấp 412 thẻ căn cước, kích hoạt "
              "380 tài khoản định danh điện tử mức 2. Thiếu tá Đỗ Minh Trí đã hoàn thành việc bàn giao hồ sơ cư "
              "trú của hai xã cũ về trụ sở mới. Tồn tại: tin báo về đánh bạc ở ấp Tân Hòa chưa xác minh xong; "
              "một số cán bộ mới chuyển về chưa thuộc địa bàn."),
            P("Nhiệm vụ tháng 9: triển khai đợt cao điểm chống buôn lậu theo kế hoạch của Công an tỉnh; xác minh "
              "dứt điểm các tin báo tồn đọng; bảo đảm an ninh trật tự dịp khai giảng năm học mới và Tết Trung "
              "thu; từng cán bộ phải nắm chắc địa bàn được giao."),
            H("3. Thảo luận"),
            P("Đồng chí Đỗ Minh Trí: đề nghị bố trí thêm người trực đêm ở chốt ấp Tân Đông, đoạn đó đường mòn "
              "nhiều, xe máy chở hàng lậu hay đi lúc 2, 3 giờ sáng."),
            P("Đồng chí Phạm Văn Lực: cán bộ mới về cần được đi thực tế địa bàn cùng cán bộ cũ ít nhất một tuần "
              "rồi mới giao phụ trách ấp."),
            P("Đồng chí Nguyễn Thị Thanh Tâm: dữ liệu dân cư của hai xã cũ còn trùng khoảng 140 trường hợp, phải "
              "làm sạch xong mới cấp căn cước tiếp được."),
            P("Đồng chí chủ trì ghi nhận các ý kiến phát biểu và cho biết việc bố trí lực lượng cụ thể chi ủy sẽ "
              "phân công sau khi có kế hoạch cao điểm của Công an tỉnh. Đề nghị mỗi đảng viên nêu cao tinh thần "
              "trách nhiệm, giữ gìn đoàn kết nội bộ."),
            P("Chi bộ biểu quyết, kết quả như sau:"),
            ("table", [(0.52, "Nội dung biểu quyết", "l"), (0.16, "Tán thành", "c"),
                       (0.16, "Không tán thành", "c"), (0.16, "Ý kiến khác", "c")],
             [["Báo cáo kết quả tháng 8 và nhiệm vụ tháng 9/2025", "14/14", "0", "0"],
              ["Đề nghị Công an tỉnh khen thưởng đột xuất tổ công tác bắt vụ buôn lậu ngày 19/8/2025", "14/14",
               "0", "0"]], {"head_center": True}),
            P("Đồng chí chủ trì cảm ơn các đồng chí đã dự, tuyên bố kết thúc buổi sinh hoạt lúc 9h20. Biên bản đã "
              "được thông qua trước chi bộ."),
            G(4),
            S(["THƯ KÝ", "Đại úy Nguyễn Thị Thanh Tâm"], ["BÍ THƯ", "Thượng tá Lê Hoàng Phong"]),
        ],
        "truth": minute(
            meeting("regular", "2025-09-12", "07:30", "09:20", "hội trường Công an xã Tân Lập",
                    "CHI BỘ CÔNG AN XÃ", "ĐẢNG ỦY XÃ TÂN LẬP"),
            "Lê Hoàng Phong", "Bí thư chi bộ", "Nguyễn Thị Thanh Tâm",
            attendance(15, 14, 1, 1, 0, 0, [("Trịnh Văn Tuấn", "trực ban tại chốt kiểm soát", True)]),
            False,
            [vote("Báo cáo kết quả tháng 8 và nhiệm vụ tháng 9/2025", 14, 0, 0),
             vote("Đề nghị khen thưởng đột xuất tổ công tác", 14, 0, 0)],
            [],
            ["missing_assignments", "missing_conclusion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# w10 — Sóc Trăng, Vĩnh Châu: a Khmer hamlet's minute book, January to June 2004 (April skipped).
# =================================================================================================
_W10_CELL, _W10_COMM = "CHI BỘ ẤP TRÀ CÚ", "ĐẢNG BỘ XÃ VĨNH HẢI"

DOCS.append({
    "name": "w10-soctrang-khmer-hamlet-book-2004", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 24, "spacing": 1.15,
              "left": 72, "right": 62, "head": "Sổ biên bản Chi bộ ấp Trà Cú – năm 2004",
              "head_align": "right", "foot": "- {n} -"},
    "between": 20,
    "minutes": [
        # ---- January: task table without a deadline column; Thạch Mích absent without reason
        {"blocks": [
            HD([_W10_COMM, _W10_CELL], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Hải, ngày 13 tháng 01 năm 2004"]),
            G(6),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ"),
            C("Tháng 01 năm 2004", bold=False),
            G(4),
            P("Hôm nay, ngày 13/01/2004, lúc 14 giờ, tại văn phòng ấp Trà Cú, chi bộ họp hội nghị thường kỳ "
              "tháng 01."),
            P("Chủ tọa: đ/c Lâm Văn Sóc, Bí thư chi bộ. Thư ký hội nghị: đ/c Kim Thị Ngọc Sương."),
            P("Đảng viên tham dự: 14/15 đồng chí, miễn sinh hoạt 01 đồng chí (đ/c Sơn Kol, già yếu). Vắng: đ/c "
              "Thạch Mích (không lý do)."),
            P("1. Tình hình tháng 12/2003: bà con xuống giống xong 85 ha hành tím vụ Tết, hành lên đều; Ban "
              "nhân dân ấp cùng Hội Nông dân làm xong 3 cây cầu bê tông thay cầu khỉ ở xóm Sóc Mới. Tồn tại: "
              "còn 9 hộ nghèo người Khmer chưa có nhà ở ổn định; một số thanh niên đánh bài ăn tiền trong các "
              "đám cưới cuối năm."),
            P("2. Nhiệm vụ tháng 01: lo Tết Giáp Thân cho hộ nghèo, gia đình chính sách; thu hoạch và tiêu thụ "
              "hành tím; giữ an ninh trật tự trước và sau Tết."),
            P("Ý kiến tham gia: đ/c Sơn Thị Phol đề nghị ưu tiên gạo cứu trợ Tết cho 9 hộ chưa có nhà; đ/c Huỳnh "
              "Văn Chanh cho biết thương lái đang ép giá hành, đề nghị ấp liên hệ bán qua hợp tác xã."),
            P("Đ/c chủ tọa kết luận: tháng 01 chi bộ tập trung lo Tết cho dân, không để hộ nào thiếu gạo ăn Tết; "
              "vận động bà con không bán hành non cho thương lái; giữ an ninh trật tự ban đêm. Hội nghị nhất trí "
              "100% với kết luận. Phân công:"),
            T([(0.08, "TT", "c"), (0.54, "Việc làm", "l"), (0.38, "Người phụ trách", "l")],
              [["1", "Lập danh sách hộ nghèo nhận gạo Tết", "Đ/c Sơn Thị Phol"],
               ["2", "Liên hệ hợp tác xã để bà con bán hành tím", "Đ/c Huỳnh Văn Chanh"],
               ["3", "Tuần tra ban đêm từ 23 tháng Chạp đến mùng 7 Tết", "Tổ an ninh ấp"]]),
            P("Hội nghị kết thúc lúc 16 giờ 10 phút. Biên bản đọc lại, hội nghị thông qua."),
            S(["THƯ KÝ", "Kim Thị Ngọc Sương"], ["CHỦ TỌA", "Lâm Văn Sóc"]),
        ],
         "truth": minute(
             meeting("regular", "2004-01-13", "14:00", "16:10", "văn phòng ấp Trà Cú", _W10_CELL, _W10_COMM),
             "Lâm Văn Sóc", "Bí thư chi bộ", "Kim Thị Ngọc Sương",
             attendance(16, 14, 1, 0, 1, 1, [("Thạch Mích", "không lý do", False)]),
             True,
             [vote("Kết luận tháng 01/2004", pct=100)],
             [task("Sơn Thị Phol", "Lập danh sách hộ nghèo nhận gạo Tết", None),
              task("Huỳnh Văn Chanh", "Liên hệ hợp tác xã để bà con bán hành tím", None),
              task("Tổ an ninh ấp", "Tuần tra ban đêm từ 23 tháng Chạp đến mùng 7 Tết", None)],
             ["unexcused_absence"])},
        # ---- February: the chair's "thống nhất" inside the discussion; no vote
        {"blocks": [
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ THÁNG 02/2004"),
            G(4),
            P("Vào lúc 8g00 ngày 19/02/2004, tại văn phòng ấp Trà Cú. Chủ tọa: đ/c Lâm Văn Sóc – Bí thư; thư ký: "
              "đ/c Kim Thị Ngọc Sương."),
            P("Đảng viên tham dự: 15/15 đồng chí (không kể 01 đồng chí miễn sinh hoạt)."),
            P("1. Kiểm điểm tháng 01: Tết Giáp Thân vui tươi, an toàn; 9 hộ nghèo nhận đủ gạo, mỗi hộ 20 ký; bà "
              "con bán được 60 tấn hành tím qua hợp tác xã, giá cao hơn thương lái 300 đồng một ký. Có 01 vụ mất "
              "trộm bò ở xóm Sóc Mới chưa tìm ra."),
            P("2. Nhiệm vụ tháng 02: làm đất, xuống giống củ cải sau Tết; vận động trẻ em trở lại lớp sau Tết; "
              "chuẩn bị giao quân năm 2004."),
            P("Thảo luận: đ/c Thạch Thị Sa Ra nói sau Tết có 6 em ở xóm Sóc Mới theo cha mẹ đi đào củ cải thuê, "
              "chưa đi học lại. Đ/c Lý Sa Phol (Trưởng ấp) nói con bò bị mất có người thấy dắt qua phía Lai Hòa. "
              "Tiếp thu, đ/c chủ tọa thống nhất: giao đ/c Lý Sa Phol cùng Công an viên ấp truy tìm vụ trộm bò, "
              "báo cáo chi bộ kỳ họp tháng 3; đ/c Thạch Thị Sa Ra đến từng nhà vận động 6 em trở lại lớp, xong "
              "trong tháng 02."),
            P("Hội nghị kết thúc lúc 10g. Biên bản được đọc lại cho hội nghị nghe, thông qua."),
            S(["THƯ KÝ", "Kim Thị Ngọc Sương"], ["CHỦ TỌA", "Lâm Văn Sóc"]),
        ],
         "truth": minute(
             meeting("regular", "2004-02-19", "08:00", "10:00", "văn phòng ấp Trà Cú", _W10_CELL, _W10_COMM),
             "Lâm Văn Sóc", "Bí thư", "Kim Thị Ngọc Sương",
             attendance(16, 15, 0, 0, 0, 1),
             True,
             [],
             [task("Lý Sa Phol", "cùng Công an viên ấp truy tìm vụ trộm bò, báo cáo chi bộ", "kỳ họp tháng 3"),
              task("Thạch Thị Sa Ra", "đến từng nhà vận động 6 em trở lại lớp", "tháng 02")],
             ["missing_vote"])},
        # ---- March: regular combined with a thematic meeting, 150 minutes; Thạch Mích "vắng không báo"
        {"blocks": [
            HD([_W10_COMM, _W10_CELL], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Hải, ngày 16 tháng 3 năm 2004"]),
            G(4),
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ THÁNG 3/2004"),
            C("(kết hợp sinh hoạt chuyên đề quý I)", bold=False),
            C("Chuyên đề: Nghị quyết Trung ương 7 khóa IX về công tác dân tộc", bold=False, italic=True),
            G(4),
            P("Thời gian: 13h30 ngày 16/3/2004. Địa điểm: văn phòng ấp Trà Cú."),
            P("Chủ tọa: đ/c Lâm Văn Sóc, Bí thư chi bộ. Thư ký hội nghị: đ/c Kim Thị Ngọc Sương."),
            P("Tổng số đảng viên 16, miễn sinh hoạt 01; có mặt 14/15; vắng: đ/c Thạch Mích, vắng không báo."),
            P("Phần I – Sinh hoạt thường kỳ. Tháng 02 bà con xuống giống xong 40 ha củ cải; ấp giao đủ 4 thanh "
              "niên lên đường nhập ngũ; con bò bị mất đã tìm được ở Lai Hòa, trả lại cho chủ. Tháng 3 nắng hạn, "
              "nước kênh nhiễm mặn, phải giữ nước giếng cho hành; chuẩn bị đón Tết Chôl Chnăm Thmây."),
            P("Phần II – Sinh hoạt chuyên đề. Đ/c Bí thư truyền đạt Nghị quyết số 24-NQ/TW ngày 12/3/2003 của "
              "Hội nghị Trung ương 7 khóa IX về công tác dân tộc: các dân tộc bình đẳng, đoàn kết, tôn trọng, "
              "giúp nhau cùng phát triển; chăm lo xóa đói giảm nghèo, giữ gìn tiếng nói, chữ viết, lễ hội của "
              "đồng bào; xây dựng đội ngũ cán bộ người dân tộc."),
            P("Ý kiến: đ/c Sơn Thị Phol đề nghị mở lại lớp dạy chữ Khmer cho các em trong dịp hè ở chùa Trà "
              "Cú; đ/c Huỳnh Văn Chanh nêu ấp còn ít cán bộ người Khmer biết làm sổ sách, cần cho đi học."),
            P("Đ/c chủ tọa tóm tắt và kết luận: chi bộ thống nhất nội dung chuyên đề, lấy việc giảm hộ nghèo "
              "người Khmer và giữ gìn chữ viết, lễ hội của đồng bào làm việc làm cụ thể năm 2004. Giao đ/c Huỳnh "
              "Văn Chanh phối hợp với Ban quản trị chùa Trà Cú lo an ninh, trật tự trong ba ngày Tết, trước Tết "
              "Chôl Chnăm Thmây phải bàn xong phương án; đ/c Kim Thị Ngọc Sương tổng hợp ý kiến đảng viên về "
              "chuyên đề, gửi Đảng ủy xã trước ngày 25/3/2004."),
            P("Hội nghị biểu quyết: 14/14 đồng chí nhất trí với kết luận và nội dung chuyên đề."),
            P("Hội nghị kết thúc lúc 16h00. Biên bản đã thông qua trước hội nghị."),
            S(["THƯ KÝ", "Kim Thị Ngọc Sương"], ["CHỦ TỌA", "Lâm Văn Sóc"]),
        ],
         "truth": minute(
             meeting("regular", "2004-03-16", "13:30", "16:00", "văn phòng ấp Trà Cú", _W10_CELL, _W10_COMM,
                     topic="Nghị quyết Trung ương 7 khóa IX về công tác dân tộc"),
             "Lâm Văn Sóc", "Bí thư chi bộ", "Kim Thị Ngọc Sương",
             attendance(16, 14, 1, 0, 1, 1, [("Thạch Mích", "không báo", False)]),
             True,
             [vote("Kết luận và nội dung chuyên đề quý I/2004", 14)],
             [task("Huỳnh Văn Chanh", "phối hợp với Ban quản trị chùa Trà Cú lo an ninh, trật tự trong ba ngày "
                   "Tết", "Tết Chôl Chnăm Thmây"),
              task("Kim Thị Ngọc Sương", "tổng hợp ý kiến đảng viên về chuyên đề, gửi Đảng ủy xã", "25/3/2004")],
             ["unexcused_absence"])},
        # ---- May: April skipped; only general calls, a report of work done, the commune's tasks
        {"blocks": [
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ THÁNG 5 NĂM 2004"),
            C("(Tháng 4/2004 chi bộ không họp vì trùng Tết Chôl Chnăm Thmây)", bold=False, italic=True),
            G(4),
            P("Lúc 7 giờ tối ngày 14/5/2004, tại văn phòng ấp Trà Cú, chi bộ họp hội nghị tháng 5. Đ/c Lâm Văn "
              "Sóc, Bí thư chi bộ, chủ tọa; đ/c Kim Thị Ngọc Sương làm thư ký. Đảng viên có mặt: 15/15 (01 đồng "
              "chí miễn sinh hoạt)."),
            P("Đ/c Bí thư báo cáo: Tết Chôl Chnăm Thmây ở ấp an toàn, không có đánh nhau; đ/c Huỳnh Văn Chanh đã "
              "cùng Ban quản trị chùa giữ trật tự ba ngày Tết chu đáo, được Đảng ủy xã khen. Giá hành tím vụ "
              "này xuống thấp, nhiều hộ phải trữ hành chờ giá. Đảng ủy xã giao cho chi bộ trong tháng 5 và "
              "tháng 6 vận động bà con đóng góp làm đường đal ra xóm Sóc Mới và rà soát hộ nghèo giữa năm."),
            P("Thảo luận: đ/c Thạch Thị Sa Ra nói bà con đồng ý góp tiền làm đường nhưng xin lùi sau khi bán "
              "được hành; đ/c Sơn Thị Phol đề nghị rà soát hộ nghèo phải đi đến từng nhà, không làm trên giấy."),
            P("Thay mặt chi ủy, đ/c Bí thư kết luận: chi bộ thống nhất lùi việc thu tiền làm đường đến khi bà "
              "con bán xong hành; việc rà soát hộ nghèo làm đúng quy trình, công khai ở ấp. Đề nghị các đồng chí "
              "đảng viên gương mẫu đóng góp trước, vận động gia đình và bà con chung sức làm đường."),
            P("Hội nghị biểu quyết giơ tay, nhất trí cao: 15/15."),
            P("Hội nghị kết thúc lúc 9 giờ 15 tối. Biên bản đã đọc lại cho hội nghị nghe và thông qua."),
            S(["THƯ KÝ", "Kim Thị Ngọc Sương"], ["CHỦ TỌA", "Lâm Văn Sóc"]),
        ],
         "truth": minute(
             meeting("regular", "2004-05-14", "19:00", "21:15", "văn phòng ấp Trà Cú", _W10_CELL, _W10_COMM),
             "Lâm Văn Sóc", "Bí thư chi bộ", "Kim Thị Ngọc Sương",
             attendance(16, 15, 0, 0, 0, 1),
             True,
             [vote("Kết luận tháng 5/2004", 15)],
             [],
             ["missing_assignments"])},
        # ---- June: one-row absentee table, lunar deadline, "xong trong quý III"; no read-back
        {"blocks": [
            C("BIÊN BẢN HỘI NGHỊ CHI BỘ THÁNG 6/2004"),
            G(4),
            P("Hôm nay, lúc 14h00 ngày 15/6/2004, tại văn phòng ấp Trà Cú, chi bộ họp thường kỳ tháng 6. Chủ "
              "tọa: đ/c Lâm Văn Sóc, Bí thư chi bộ. Thư ký hội nghị: đ/c Kim Thị Ngọc Sương."),
            P("Tổng số đảng viên: 16 đồng chí, miễn sinh hoạt 01, có mặt 14, vắng 01 đồng chí:"),
            T([(0.08, "TT", "c"), (0.47, "Họ và tên", "l"), (0.45, "Lý do", "l")],
              [["1", "Thạch Mích", "Không lý do"]]),
            P("Đ/c Bí thư báo cáo tình hình tháng 5: bà con bán hết hành tồn, đã góp được 38 triệu đồng làm "
              "đường đal; rà soát giữa năm còn 7 hộ nghèo. Kênh Trà Cú cạn, bùn lấp nhiều đoạn, mùa mưa nước "
              "không thoát. Đ/c Thạch Mích đã ba lần vắng họp không lý do, chi ủy đã đến nhà nhắc nhưng đồng chí "
              "vẫn không dự."),
            P("Ý kiến: đ/c Lý Sa Phol đề nghị cho các hộ nghèo vay vốn Ngân hàng phục vụ người nghèo để nuôi "
              "bò; đ/c Sơn Thị Phol đề nghị chi bộ làm văn bản báo cáo Đảng ủy xã về trường hợp đ/c Thạch Mích."),
            P("Chủ tọa kết luận hội nghị: chi bộ thống nhất đánh giá tháng 5 như báo cáo; trong tháng 6 làm xong "
              "nền đường đal và lo nạo vét kênh trước mùa mưa. Giao Tổ thủy lợi ấp vận động bà con nạo vét kênh "
              "Trà Cú, xong trong quý III. Đ/c Lý Sa Phol lập danh sách hộ nghèo đăng ký vay vốn nuôi bò, xong "
              "trước ngày 15 tháng 5 âm lịch. Đ/c Huỳnh Văn Chanh lo theo dõi thi công đường đal, báo cáo chi ủy "
              "hằng tuần. Về trường hợp đ/c Thạch Mích, chi bộ sẽ báo cáo Đảng ủy xã xem xét."),
            P("Biểu quyết: 14/14, đạt 100%."),
            P("Hội nghị kết thúc lúc 16 giờ 00."),
            S(["THƯ KÝ", "Kim Thị Ngọc Sương"], ["CHỦ TỌA", "Lâm Văn Sóc"]),
        ],
         "truth": minute(
             meeting("regular", "2004-06-15", "14:00", "16:00", "văn phòng ấp Trà Cú", _W10_CELL, _W10_COMM),
             "Lâm Văn Sóc", "Bí thư chi bộ", "Kim Thị Ngọc Sương",
             attendance(16, 14, 1, 0, 1, 1, [("Thạch Mích", "Không lý do", False)]),
             True,
             [vote("Kết luận tháng 6/2004", 14, pct=100)],
             [task("Tổ thủy lợi ấp", "vận động bà con nạo vét kênh Trà Cú", "quý III"),
              task("Lý Sa Phol", "lập danh sách hộ nghèo đăng ký vay vốn nuôi bò", "ngày 15 tháng 5 âm lịch"),
              task("Huỳnh Văn Chanh", "theo dõi thi công đường đal, báo cáo chi ủy", "hằng tuần")],
             ["not_approved", "unexcused_absence"])},
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
    "scans": [],
})


# =================================================================================================
# w11 — Phú Yên, Tuy Hòa: a retired members' cell in 2007, scan only (photocopy). 75 minutes, 21 of 25.
# =================================================================================================
DOCS.append({
    "name": "w11-phuyen-retirees-scan-photocopy-low-short", "folder": "dev", "born_digital": False,
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 26, "spacing": 1.15,
              "left": 74, "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG 7", "CHI BỘ HƯU TRÍ KHU PHỐ 4"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tuy Hòa, ngày 09 tháng 8 năm 2007"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2007", size=13),
            G(6),
            P("Bắt đầu: 8g00 ngày 09/8/2007, tại nhà đồng chí Bí thư, số 14 đường Lê Trung Kiên."),
            P("Chủ trì: đ/c Nguyễn Đình Thuận, Bí thư chi bộ. Thư ký: đ/c Văn Thị Lài."),
            P("Tổng số 31 đảng viên, miễn sinh hoạt 06 đồng chí; dự họp 21/25; vắng 04 đồng chí: đ/c Phan Văn "
              "Hữu, đ/c Đặng Thị Nga (đau ốm); đ/c Trần Cảnh (đi thăm con ở Sài Gòn); đ/c Lê Thị Vui (nằm viện)."),
            P("Nội dung: đ/c Bí thư thông tin kết quả học tập Cuộc vận động \"Học tập và làm theo tấm gương đạo "
              "đức Hồ Chí Minh\" ở khu phố; đánh giá tháng 7: chi bộ đã thăm 12 gia đình thương binh, liệt sĩ "
              "nhân ngày 27/7; câu lạc bộ dưỡng sinh duy trì đều; 02 đảng viên đóng đảng phí chậm. Tháng 8: "
              "chuẩn bị phòng chống bão lụt cho các hộ đảng viên già yếu ở gần bờ sông Đà Rằng; góp ý xây dựng "
              "khu phố văn hóa."),
            P("Ý kiến: đ/c Trần Văn Khánh đề nghị chi bộ giúp 3 đồng chí sống một mình chằng chống nhà trước "
              "mùa bão; đ/c Võ Thị Hạnh đề nghị thu đảng phí tại nhà cho các đồng chí đi lại khó khăn."),
            H("Kết luận"),
            P("Đ/c Bí thư kết luận: chi bộ thống nhất với ý kiến các đồng chí, tháng 8 lo cho các đồng chí già "
              "yếu an toàn mùa bão. Đề nghị đ/c Trần Văn Khánh và đ/c Võ Thị Hạnh lập danh sách, cùng con cháu "
              "các gia đình chằng chống nhà cửa trước ngày 31/8/2007. Đ/c Văn Thị Lài thu đảng phí tại nhà các "
              "đồng chí ốm yếu, hằng tháng. Chi hội Người cao tuổi khu phố vận động hội viên tập dưỡng sinh, "
              "thường xuyên."),
            P("Chi bộ biểu quyết, tỷ lệ tán thành 95,2%."),
            P("Buổi sinh hoạt kết thúc lúc 9g15. Biên bản đọc lại, chi bộ nhất trí thông qua."),
            G(4),
            S(["THƯ KÝ", "Văn Thị Lài"], ["BÍ THƯ", "Nguyễn Đình Thuận"]),
        ],
        "truth": minute(
            meeting("regular", "2007-08-09", "08:00", "09:15", "nhà đồng chí Bí thư, số 14 đường Lê Trung Kiên",
                    "CHI BỘ HƯU TRÍ KHU PHỐ 4", "ĐẢNG BỘ PHƯỜNG 7"),
            "Nguyễn Đình Thuận", "Bí thư chi bộ", "Văn Thị Lài",
            attendance(31, 21, 4, 4, 0, 6,
                       [("Phan Văn Hữu", "đau ốm", True), ("Đặng Thị Nga", "đau ốm", True),
                        ("Trần Cảnh", "đi thăm con ở Sài Gòn", True), ("Lê Thị Vui", "nằm viện", True)]),
            True,
            [vote("Kết luận tháng 8/2007", pct=95.2)],
            [task("Trần Văn Khánh", "lập danh sách, cùng con cháu các gia đình chằng chống nhà cửa", "31/8/2007"),
             task("Võ Thị Hạnh", "lập danh sách, cùng con cháu các gia đình chằng chống nhà cửa", "31/8/2007"),
             task("Văn Thị Lài", "thu đảng phí tại nhà các đồng chí ốm yếu", "hằng tháng"),
             task("Chi hội Người cao tuổi khu phố", "vận động hội viên tập dưỡng sinh", "thường xuyên")],
            ["low_attendance", "short_meeting"]),
    }],
    "flags": [],
    "scans": [{"name": "w11-phuyen-retirees-scan-photocopy-low-short", "folder": "dev", "damage": "photocopy",
               "seed": 1811, "dpi": 250}],
})
