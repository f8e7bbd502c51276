"""Held-out set 9, writer n (dev/, `n…`): the Central Highlands, the South-East, Hồ Chí Minh City and the Mekong delta.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench or the other writers' minutes, and without running the extractor. Rendered by samples/heldout2/make.py
(`build`). Names, places and figures are invented or used loosely; the paperwork follows /work/shared/DOMAIN.md.

The set's theme is the two defects inspectors ask for first, `missing_conclusion` and `missing_assignments`, at
their edges: real conclusions in unusual shapes (a heading nobody uses, no heading at all, "Chi bộ nhất trí",
numbered points that also hand out tasks, given by the deputy or by a chi ủy member, pushed onto the next page)
beside minutes that only look concluded (the chair thanks and closes, "ghi nhận" and a promise to answer later, a
conclusion heading with only dots, the secretary's summary, a guest's directions, "kết luận" in other senses); and
tasks in prose, tables, conclusion points, to groups and to pairs, with many verbs and deadlines, beside plans that
only look assigned (collective calls, last month's tasks recalled as done, "(theo kế hoạch đã phân công)", an
empty heading, "chi ủy sẽ phân công sau", the upper committee's task to the cell as a whole).

Files (name -> what varies -> minute flags / book flags):

- n01-daklak-ede-buon-numbered-conclusion-clean -> Đắk Lắk, Ê Đê village (buôn) cell; Serif 13 justified, "- n -"
  foot; prose opening, "chính thức 17, dự bị 02", two exempt members named, "17/17 ... đạt 100%"; a guest who also
  speaks; "- Đ/c X (role): ..." opinions; the conclusion under the unusual heading "III. CHỦ TRÌ CHỐT LẠI CÁC VIỆC
  CẦN LÀM TRONG THÁNG 3" in five numbered points, four of them handing out tasks (a member with a partner "cùng già
  làng", two groups "Tổ 2 và Tổ 4", two members "chịu trách nhiệm", "Chi ủy"), the fifth to every member; deadlines
  "xong trước ngày 20/3/2025", "trong tuần này", "ở kỳ họp tháng 4", "xong trước 30/4/2025"; vote by raised hands
  -> —
- n02-hcm-cholon-hoa-ward-noted-no-conclusion -> Hồ Chí Minh City, Quận 5 neighbourhood cell with Hoa names;
  DejaVu Serif 11.5 ragged; header with two committee lines, the cell and "Số:"; "– Thời gian: từ ... đến ..." fields; 26 members, 3
  exempt, 21/23, two absentees named with reasons; a guest; chair and secretary on one line; the chair only
  "ghi nhận" the opinions and promises that the committee will answer "tại kỳ sinh hoạt tháng 5" (no conclusion);
  ruled task table with the assignee column first "Người thực hiện | Nội dung công việc | Thời hạn" (two members
  in one cell, a neighbourhood group, an empty deadline cell); the month's plan and the table voted 21/21 (100%)
  -> missing_conclusion
- n03-dongnai-garment-form-dotted-conclusion -> Đồng Nai (Biên Hòa) garment factory workshop; typed printed form in
  DejaVu Sans 11; "Số: ……/BB-CB", "Khách mời: ……"; numbered form fields "1. ... 8." with "a) ... d)"; the field "5.
  Kết luận của đồng chí chủ trì:" holds two lines of dots; "6. Phân công thực hiện: (theo kế hoạch đã phân công)";
  "tán thành 13/13 ...; không tán thành: 0; ý kiến khác: 0"; "(Ký, ghi rõ họ tên)" under both titles -> missing_
  conclusion, missing_assignments, unfilled_template
- n04-cantho-hospital-deputy-concludes-next-page-clean -> Cần Thơ children's hospital, intensive-care department
  (a Khmer nurse); Serif 12.5 justified; committee over two header lines; right-aligned running head from page 2,
  "Trang n/N"; degrees before names; the Bí thư away on training (named absentee, excused), the Phó Bí thư chairs;
  "1/ ... 6/" parts; a page break puts "4/ Đồng chí Phó Bí thư kết luận" at the top of page 2; "tán thành 15/15 ...
  (100%); không tán thành: không; ý kiến khác: không"; tasks in prose after the vote ("có trách nhiệm", "theo dõi",
  "rà soát", "trực tiếp làm văn bản" with no deadline), "trong tháng 5/2025", "hằng tuần", "trước ngày 15/5/2025"
  -> —
- n05-gialai-army-company-guest-directions -> Gia Lai, an army company near the border (Gia Rai names, ranks before
  names); Liberation Sans 12 justified; "Quân số đảng viên: 11 đồng chí; có mặt 11/11"; a guest from the battalion;
  tasks inside the month's plan ("được phân công phụ trách", "chịu trách nhiệm", "Tiểu đội 4 tiếp tục ..."); the
  only summing-up is the guest's "ý kiến chỉ đạo"; the chair thanks the guest and the members and closes; nothing
  is voted -> missing_conclusion, missing_vote
- n06-soctrang-khmer-hamlet-other-ketluan-low -> Sóc Trăng, Khmer hamlet (ấp) cell; Serif 13 ragged, spacing 1.4;
  no numbered headings, capital run-in labels; 18 members, 14 present, four absentees named in the count sentence
  (two "không lý do"); "kết luận" only in other senses: "Kết luận số 21-KL/TW", "kết luận của Đảng ủy xã",
  "Kết luận thanh tra của Thanh tra huyện"; the secretary, not the chair, sums up the opinions; the plan holds only
  the Đảng ủy's task to the cell as a whole, "Toàn chi bộ phấn đấu ...", "Các đảng viên thực hiện tốt ..." and
  "chi ủy sẽ họp và phân công sau"; the plan voted "14/14 ... nhất trí" -> missing_conclusion, missing_assignments,
  low_attendance, unexcused_absence
- n07-hcm-thuduc-online-software-table-clean -> Hồ Chí Minh City (Thủ Đức), software company cell meeting online
  and in a room; Liberation Sans 11 justified, no indent; italic "(hình thức trực tuyến kết hợp trực tiếp)" under
  the title; members joining from Đà Nẵng and Hà Nội; "Phần 1 – ... Phần 3 –"; "+ Đồng chí X (...):" opinions; the
  conclusion with no heading, "Sau khi nghe ý kiến ..., chủ trì thống nhất: ..."; "22/22 ... (100%)"; ruled task
  table "STT | Việc cần làm | Người phụ trách | Hạn hoàn thành" (two members in one cell, "Chi đoàn Công ty",
  "Trước 15/12/2024", "Cuối tháng 12/2024", "Hằng tuần") -> —
- n08-tayninh-retired-recalled-tasks-75min -> Tây Ninh, retired cadres' cell of a ward; typewriter face (Liberation
  Mono 10.5); meeting at a member's house 8:00-9:15 (75 min); 3 exempt "vì tuổi cao", "09/09"; last month's tasks
  read out as done (named members, "tháng trước giao ..."); the conclusion is "Đồng chí Bí thư tóm lại: ..." with
  no heading and no task to anyone; "Chi bộ nhất trí 100% ..."; ends at the closing time, never read back
  -> missing_assignments, short_meeting, not_approved
- n09-kontum-boarding-school-thematic-no-discussion -> Kon Tum, ethnic boarding school (Xơ Đăng pupils and
  teachers); one page, DejaVu Serif 11 ragged; thematic "QUÝ IV" + "Chuyên đề:" line; "I./1." headings; "14h00" ... "15h50";
  the topic presented by a named deputy head; "thảo luận sôi nổi, thống nhất cao" with nobody named; the
  conclusion is "Chi bộ nhất trí ba nhóm giải pháp ... Cụ thể:" with no heading and no chair named, its dash
  lines handing out tasks ("hoàn thiện", two members "tiếp tục", "Tổ Văn phòng", "Công đoàn nhà trường" "vào chiều
  thứ Bảy hằng tuần"); "12/12 ...; không tán thành 0; không biểu quyết 0" -> no_discussion
- n10-angiang-cham-hamlet-book-jul-dec-2024 -> minute BOOK of a Chăm hamlet cell (An Giang, Châu Phong), five
  minutes typed on continuously, every one after the first starting mid-page under the previous signatures; Serif
  12 justified, right-aligned running head from page 2, "- n -" foot; 15 members, one exempt for age:
    1. 05/7/2024 regular: "Kết luận:" run-in paragraph with tasks ("Giao đồng chí X phối hợp với Chi đoàn ấp ...",
       "theo dõi", "chi ủy gặp ..."), Mách Ka Sêm "không lý do" -> unexcused_absence
    2. 08/8/2024 regular, title only (no header): the chair thanks, wishes everyone well and closes (no
       conclusion); "Phân công thực hiện:" heading with nothing under it; plan voted 14/14
       -> missing_conclusion, missing_assignments
    3. 11/10/2024 regular at a member's house: Bí thư and Phó Bí thư away, a Chi ủy viên chairs and concludes "thay
       mặt chi ủy" with tasks to "Tổ 2", "Chi đoàn ấp", "được phân công theo dõi"; 11/14; Mách Ka Sêm "không báo lý
       do" -> low_attendance, unexcused_absence
    4. 07/11/2024 regular combined with the Q4 thematic meeting ("Chuyên đề:" line), 18:30-20:15 (105 < 120);
       its title and topic sit at the foot of page 2, its body on page 3; "Ý kiến kết luận" in numbered points with tasks ("hoàn thiện", "cùng Ban đại diện thánh đường", two mass
       organisations "có trách nhiệm") -> short_meeting
    5. 12/12/2024 regular: Mách Ka Sêm "vắng không lý do" a third time; the Bí thư's conclusion gives tasks to
       "hai đồng chí A và B" and to the secretary, and falls on the next page (4) after the discussion; only the
       minutes are approved -> unexcused_absence, missing_vote
  book -> missing_month (September), no_thematic_in_quarter (Q3 lies wholly inside Jul-Dec and has no thematic or
  combined meeting), repeated_absence (Mách Ka Sêm: Jul, Oct, Dec)
- n11-cantho-hospital-scan-moderate -> image-only twin of n04, moderate, 200 dpi, 2 pages -> as n04
- n12-tayninh-retired-scan-photocopy -> image-only twin of n08, photocopy, 200 dpi, 1 page -> as n08

Labelling decisions where the READMEs are silent:
- Conclusion present: any summing-up by the person chairing (Bí thư, Phó Bí thư or the Chi ủy viên who chairs),
  whatever its heading ("CHỦ TRÌ CHỐT LẠI CÁC VIỆC CẦN LÀM", "Ý kiến kết luận") or with none ("Đồng chí Bí thư tóm
  lại: ...", "Sau khi nghe ý kiến ..., chủ trì thống nhất: ..."); "Chi bộ nhất trí <giải pháp>. Cụ thể: ..." at the
  end of the discussion with no chair named is the cell's conclusion (like heldout5's "Chi bộ thống nhất: ...").
- Conclusion absent: the chair "cảm ơn ..., ghi nhận đầy đủ các kiến nghị" and promises an answer later (n02); a
  conclusion field holding only dots (n03); a guest's "ý kiến chỉ đạo" followed by the chair's thanks (n05); the
  secretary's "tóm tắt lại các ý kiến" (n06: a summary of who said what, decides nothing); "kết luận" in "Kết luận
  số 21-KL/TW", "thông báo kết luận của Đảng ủy xã", "Kết luận thanh tra"; thanks and good wishes before closing
  (n10-2).
- Assignments present: a named member, a group ("Tổ 2", "Tiểu đội 4", "Chi đoàn ấp", "Tổ Văn phòng") or the cell
  committee ("Chi ủy", lower case "chi ủy" as written in n10-1) given something to do, with any verb ("giao",
  "chịu trách nhiệm", "có trách nhiệm", "được phân công", "theo dõi", "hoàn thiện", "tiếp tục ..." as a fresh
  instruction, "trực tiếp làm"), in prose, in the conclusion's points or in a table. In a sentence that opens with
  "Giao" and lists several doers separated by ";" every doer is an assignee. "Hai đồng chí A và B ..." and "A và
  B ..." give one assignment each. A partner after "cùng" or "phối hợp với" stays in the task.
- Assignments absent: "Đảng ủy xã giao chi bộ ấp ... chịu trách nhiệm ..." (the upper committee's task to the cell
  as a whole); "Toàn chi bộ phấn đấu", "Các đảng viên thực hiện tốt", "các đảng viên hoàn thành bản kiểm điểm";
  "chi ủy sẽ họp và phân công sau"; a form's "Phân công thực hiện: (theo kế hoạch đã phân công)"; a heading
  "Phân công thực hiện:" with nothing under it; last month's tasks read out as done ("tháng trước giao đồng chí X
  ...: đã ..."); "chi bộ sẽ gửi kiến nghị ..." (the cell's own petition); "03 đảng viên chưa nộp ... phải nộp"
  (nobody named); a member's wish in the discussion.
- Deadlines: "ngay khi nước rút" kept whole (like "ngay sau cuộc họp"); "vào thứ Sáu, thứ Bảy hằng tuần" ->
  "thứ Sáu, thứ Bảy hằng tuần"; "trước Tết Dương lịch" -> "Tết Dương lịch"; "tổ chức vào ngày 15/11/2024" ->
  "15/11/2024"; "ở kỳ họp tháng 4" / "tại kỳ họp tháng 01/2025" -> "kỳ họp tháng 4" / "kỳ họp tháng 01/2025"; a
  table cell "Trước 15/12/2024" -> "15/12/2024", "Cuối tháng 12/2024" keeps "Cuối"; an empty cell is null.
- An online meeting's location is the main room ("phòng họp Sông Sài Gòn, tầng 5, tòa nhà Công ty"); members
  joining from elsewhere are present. A location in brackets with its reason ("nhà đồng chí Sa Ri Da (Văn phòng
  ấp đang bị ngập)") is the part before the bracket.
- A Chi ủy viên who chairs when both the Bí thư and the Phó Bí thư are away has `chair.role` "Chi ủy viên"; the two
  are absentees with their reasons.
- A guest's "ý kiến chỉ đạo" is a recorded opinion (named), like other guests' remarks; it is not a conclusion.
- Approving the minutes ("Biên bản được đọc lại và thông qua lúc ...") is no vote (n10-5: missing_vote).
"""

from __future__ import annotations

from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, attendance, meeting, minute, task, vote

DOCS: list[dict] = []
DOTS = "…" * 40            # one line of dots in DejaVu Sans 11 (n03)


# =================================================================================================
# n01 — Đắk Lắk, Ê Đê buôn; numbered conclusion under an unusual heading, tasks folded in. Clean.
# =================================================================================================
DOCS.append({
    "name": "n01-daklak-ede-buon-numbered-conclusion-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 28, "spacing": 1.3, "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ EA TIÊU", "CHI BỘ BUÔN KMANG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ea Tiêu, ngày 06 tháng 3 năm 2025"]),
            G(10),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2025"),
            G(8),
            P("Hôm nay, vào lúc 19 giờ 30 phút ngày 06/3/2025, tại nhà sinh hoạt cộng đồng buôn Kmang, Chi bộ "
              "buôn Kmang tiến hành sinh hoạt thường kỳ tháng 3 năm 2025."),
            P("Tổng số đảng viên của chi bộ: 19 đồng chí (chính thức 17, dự bị 02), trong đó 02 đồng chí được miễn "
              "sinh hoạt do tuổi cao, sức yếu (đồng chí Y Blô Niê và đồng chí Y Khu Mlô). Có mặt 17/17 đồng chí "
              "phải dự, đạt 100%."),
            P("Dự sinh hoạt có đồng chí H' Linh Êban – Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách chi bộ."),
            P("Chủ trì: đồng chí Y Thông Byă – Bí thư chi bộ, Trưởng buôn. Thư ký: đồng chí Nguyễn Thị Hằng – Chi "
              "ủy viên."),
            H("I. TÌNH HÌNH THÁNG 02/2025"),
            P("Đồng chí Bí thư thông tin một số văn bản mới của Đảng ủy xã, trong đó có kế hoạch tổ chức đại hội "
              "chi bộ nhiệm kỳ 2025 – 2027 và lịch tiêm phòng lở mồm long móng đợt 1 cho đàn trâu bò."),
            P("Trong tháng, bà con trong buôn tập trung tưới cà phê đợt 2 và đợt 3. Nước suối Ea Kmang xuống thấp, "
              "có 11 hộ phải mua nước giếng khoan của hộ bên cạnh. Buôn đã làm xong việc bình xét hộ nghèo, hộ cận "
              "nghèo; lễ cúng bến nước được tổ chức đúng phong tục, tiết kiệm, không xảy ra đánh nhau sau khi uống "
              "rượu. Đảng phí thu đủ 100%."),
            P("Hạn chế: còn 03 hộ thả rông bò làm hư cây trồng của nhà khác; một số thanh niên đi xe máy không đội "
              "mũ bảo hiểm; họp dân bàn làm đường bê tông nhánh 3 chưa được đông, mới có 26/41 hộ đến dự."),
            H("II. Ý KIẾN THẢO LUẬN"),
            P("- Đ/c Y Mứ Ktla (tổ trưởng tổ 2): Tổ 2 còn hai hộ chưa chịu ký biên bản hiến đất làm đường vì sợ "
              "mất phần rẫy. Đề nghị chi ủy và già làng cùng xuống nói cho rõ, không để kéo dài."),
            P("- Đ/c H' Bi Kbuôr (Chi hội trưởng Phụ nữ): Chị em muốn mở lớp dạy dệt thổ cẩm cho các cháu gái "
              "trong buôn vào dịp hè nhưng chưa có khung dệt, nhà ai có thì cũng đã cũ."),
            P("- Đ/c Lê Văn Tuấn: Nước tưới đang thiếu, hộ nào cũng muốn bơm trước. Đề nghị cho các hộ đăng ký "
              "lịch bơm ở hồ Ea Kmang để tránh tranh giành, mất đoàn kết."),
            P("- Đồng chí H' Linh Êban phát biểu: ghi nhận cố gắng của chi bộ trong mùa khô; đề nghị chi bộ chuẩn "
              "bị kỹ nhân sự cho đại hội, chú ý đảng viên trẻ, đảng viên nữ."),
            H("III. CHỦ TRÌ CHỐT LẠI CÁC VIỆC CẦN LÀM TRONG THÁNG 3"),
            P("Sau khi nghe các ý kiến, đồng chí Bí thư chốt lại như sau:"),
            P("1. Về đường bê tông nhánh 3: giao đồng chí Y Mứ Ktla cùng già làng Ama Hoan vận động hai hộ ở tổ 2 "
              "ký biên bản hiến đất, xong trước ngày 20/3/2025; chi bộ không để việc làm đường kéo sang mùa mưa."),
            P("2. Về nước tưới: Tổ 2 và Tổ 4 lập lịch bơm luân phiên ở hồ Ea Kmang, dán ở nhà sinh hoạt cộng đồng "
              "trong tuần này."),
            P("3. Về lớp dệt thổ cẩm: đồng chí H' Bi Kbuôr và đồng chí Nguyễn Thị Hằng chịu trách nhiệm làm tờ "
              "trình xin UBND xã hỗ trợ 05 khung dệt, báo cáo kết quả ở kỳ họp tháng 4."),
            P("4. Về chuẩn bị đại hội chi bộ: Chi ủy rà soát danh sách đảng viên, xây dựng dự thảo báo cáo chính "
              "trị, xong trước 30/4/2025."),
            P("5. Mỗi đảng viên nhắc nhở gia đình mình không thả rông bò, con em đội mũ bảo hiểm khi đi xe máy."),
            H("IV. BIỂU QUYẾT"),
            P("Chi bộ biểu quyết bằng hình thức giơ tay: 17/17 đồng chí tán thành các nội dung đồng chí chủ trì đã "
              "chốt lại, đạt 100%."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 45 phút cùng ngày. Biên bản đã được đọc lại cho các đồng chí dự "
              "họp cùng nghe và được nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Nguyễn Thị Hằng"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Y Thông Byă"]),
        ],
        "truth": minute(
            meeting("regular", "2025-03-06", "19:30", "21:45", "nhà sinh hoạt cộng đồng buôn Kmang",
                    "CHI BỘ BUÔN KMANG", "ĐẢNG BỘ XÃ EA TIÊU"),
            "Y Thông Byă", "Bí thư chi bộ", "Nguyễn Thị Hằng",
            attendance(19, 17, 0, 0, 0, 2,
                       guests=[("H' Linh Êban", "Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách chi bộ")]),
            True,
            [vote("Tán thành các nội dung chủ trì chốt lại tháng 3/2025", 17, pct=100)],
            [task("Y Mứ Ktla", "cùng già làng Ama Hoan vận động hai hộ ở tổ 2 ký biên bản hiến đất", "20/3/2025"),
             task("Tổ 2", "lập lịch bơm luân phiên ở hồ Ea Kmang, dán ở nhà sinh hoạt cộng đồng", "tuần này"),
             task("Tổ 4", "lập lịch bơm luân phiên ở hồ Ea Kmang, dán ở nhà sinh hoạt cộng đồng", "tuần này"),
             task("H' Bi Kbuôr", "làm tờ trình xin UBND xã hỗ trợ 05 khung dệt", "kỳ họp tháng 4"),
             task("Nguyễn Thị Hằng", "làm tờ trình xin UBND xã hỗ trợ 05 khung dệt", "kỳ họp tháng 4"),
             task("Chi ủy", "rà soát danh sách đảng viên, xây dựng dự thảo báo cáo chính trị", "30/4/2025")],
            []),
    }],
})


# =================================================================================================
# n02 — HCM City, Quận 5, Hoa neighbourhood: the chair only notes the opinions; a task table.
# =================================================================================================
DOCS.append({
    "name": "n02-hcm-cholon-hoa-ward-noted-no-conclusion", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.3, "para_gap": 2,
              "left": 70, "right": 50, "top": 48, "bottom": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ QUẬN 5", "ĐẢNG BỘ PHƯỜNG 11", "CHI BỘ KHU PHỐ 4", "Số: 04-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quận 5, ngày 12 tháng 4 năm 2024"], bold_left=(2,)),
            G(8),
            C("BIÊN BẢN HỌP CHI BỘ", size=14),
            C("Kỳ sinh hoạt tháng 4 năm 2024", bold=False, italic=True),
            G(6),
            L("– Thời gian: từ 18 giờ 00 đến 20 giờ 10 phút, ngày 12/4/2024."),
            L("– Địa điểm: Văn phòng Ban điều hành khu phố 4, phường 11."),
            L("– Đảng viên của chi bộ: 26 đồng chí, trong đó 03 đồng chí được miễn sinh hoạt. Có mặt 21/23 đồng "
              "chí phải dự. Vắng 02 đồng chí: đ/c Lâm Thục Quyên (sang Đài Loan thăm con, có báo) và đ/c Trần Quốc "
              "Vinh (bệnh)."),
            L("– Dự họp: đ/c Huỳnh Thanh Phong – Phó Bí thư Đảng ủy phường."),
            L("– Chủ trì: đ/c Quách Ngọc Lan, Bí thư chi bộ; thư ký: đ/c Mã Vĩnh Thành, chi ủy viên."),
            H("1. Bí thư chi bộ báo cáo tình hình tháng 3 và công việc tháng 4"),
            L("Trong tháng 3, khu phố ra quân dọn vệ sinh hẻm 215 và hẻm 241, vận động 46 hộ kinh doanh đồ khô, "
              "thuốc bắc trên đường Hải Thượng Lãn Ông ký cam kết không lấn chiếm vỉa hè. Hội Người cao tuổi tổ "
              "chức mừng thọ cho 18 cụ; Hội quán Quảng Triệu phối hợp tặng 120 phần quà cho hộ khó khăn, trong đó "
              "có 35 hộ người Hoa."),
            L("Tồn tại: tình trạng bỏ rác không đúng giờ ở đầu hẻm 241 vẫn còn; hai hộ cho thuê phòng trọ chưa khai "
              "báo tạm trú cho người ở; quỹ khuyến học mới thu được 62%."),
            L("Công việc tháng 4: tuyên truyền kỷ niệm 49 năm Ngày giải phóng miền Nam, thống nhất đất nước; ra "
              "quân dọn dẹp các tuyến hẻm; rà soát hộ cho thuê phòng trọ; đôn đốc thu quỹ khuyến học."),
            H("2. Ý kiến của đảng viên"),
            L("Đ/c Tạ Minh Hùng hỏi: bao giờ phường trả lời kiến nghị lắp thêm đèn chiếu sáng trong hẻm 241, vì "
              "chi bộ đã đề nghị từ tháng 1, buổi tối người già đi lại rất khó."),
            L("Đ/c Lý Mỹ Châu: bà con buôn bán ở chợ Kim Biên phản ánh phí vệ sinh mỗi dãy sạp thu một kiểu; đề "
              "nghị chi bộ có ý kiến với Ban quản lý chợ."),
            L("Đ/c Lưu Kiến Quốc: đề nghị xem lại việc bình xét gia đình văn hóa năm 2023 ở tổ dân phố 19, có hộ bị "
              "trừ điểm mà không được báo trước."),
            H("3. Tiếp thu ý kiến"),
            L("Đồng chí Quách Ngọc Lan cảm ơn các đồng chí đã thẳng thắn đóng góp, ghi nhận đầy đủ các kiến nghị "
              "về đèn chiếu sáng, phí vệ sinh chợ và bình xét gia đình văn hóa. Những việc vượt thẩm quyền của chi "
              "bộ, chi ủy sẽ tổng hợp báo cáo Đảng ủy phường và trả lời cụ thể tại kỳ sinh hoạt tháng 5."),
            H("4. Phân công thực hiện công việc tháng 4"),
            T([(0.30, "Người thực hiện", "l"), (0.50, "Nội dung công việc", "l"), (0.20, "Thời hạn", "l")],
              [["Đ/c Mã Vĩnh Thành", "Lập danh sách hộ cho thuê phòng trọ chưa khai báo tạm trú, gửi Công an "
                "phường", "Trước 20/4/2024"],
               ["Đ/c Lý Mỹ Châu, đ/c Tạ Minh Hùng", "Gặp Ban quản lý chợ Kim Biên nắm lại mức thu phí vệ sinh "
                "từng dãy sạp", "Tháng 4/2024"],
               ["Tổ dân phố 19", "Ra quân dọn vệ sinh hẻm 241 chào mừng ngày 30/4", "28/4/2024"],
               ["Đ/c Lưu Kiến Quốc", "Đôn đốc các tổ dân phố thu quỹ khuyến học", ""]]),
            H("5. Biểu quyết"),
            L("Chi bộ biểu quyết thông qua công việc tháng 4/2024 và bảng phân công: 21/21 đồng chí có mặt tán "
              "thành (100%)."),
            L("Cuộc họp kết thúc lúc 20 giờ 10 phút. Biên bản được thông qua trước chi bộ, không có ý kiến khác."),
            S(["THƯ KÝ", "", "", "Mã Vĩnh Thành"], ["BÍ THƯ CHI BỘ", "", "", "Quách Ngọc Lan"]),
        ],
        "truth": minute(
            meeting("regular", "2024-04-12", "18:00", "20:10", "Văn phòng Ban điều hành khu phố 4, phường 11",
                    "CHI BỘ KHU PHỐ 4", "ĐẢNG BỘ PHƯỜNG 11"),
            "Quách Ngọc Lan", "Bí thư chi bộ", "Mã Vĩnh Thành",
            attendance(26, 21, 2, 2, 0, 3,
                       absentees=[("Lâm Thục Quyên", "sang Đài Loan thăm con, có báo", True),
                                  ("Trần Quốc Vinh", "bệnh", True)],
                       guests=[("Huỳnh Thanh Phong", "Phó Bí thư Đảng ủy phường")]),
            False,
            [vote("Thông qua công việc tháng 4/2024 và bảng phân công", 21, pct=100)],
            [task("Mã Vĩnh Thành", "Lập danh sách hộ cho thuê phòng trọ chưa khai báo tạm trú, gửi Công an phường",
                  "20/4/2024"),
             task("Lý Mỹ Châu", "Gặp Ban quản lý chợ Kim Biên nắm lại mức thu phí vệ sinh từng dãy sạp",
                  "Tháng 4/2024"),
             task("Tạ Minh Hùng", "Gặp Ban quản lý chợ Kim Biên nắm lại mức thu phí vệ sinh từng dãy sạp",
                  "Tháng 4/2024"),
             task("Tổ dân phố 19", "Ra quân dọn vệ sinh hẻm 241 chào mừng ngày 30/4", "28/4/2024"),
             task("Lưu Kiến Quốc", "Đôn đốc các tổ dân phố thu quỹ khuyến học", None)],
            ["missing_conclusion"]),
    }],
})


# =================================================================================================
# n03 — Đồng Nai garment workshop, printed form: conclusion field of dots; tasks "theo kế hoạch".
# =================================================================================================
DOCS.append({
    "name": "n03-dongnai-garment-form-dotted-conclusion", "folder": "dev",
    "style": {"family": "dvsans", "size": 11, "justify": True, "indent": 0, "spacing": 1.35, "para_gap": 2,
              "left": 72, "right": 52},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CP MAY TAM HIỆP", "CHI BỘ XƯỞNG MAY 2", "Số: ……/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Biên Hòa, ngày 18 tháng 9 năm 2024"]),
            G(10),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("Tháng 9 năm 2024", bold=False),
            G(6),
            L("1. Thời gian bắt đầu: 16 giờ 30 phút, ngày 18/9/2024."),
            L("2. Địa điểm: Phòng họp tầng 2, nhà điều hành xưởng may 2."),
            L("3. Thành phần:"),
            L("- Tổng số đảng viên: 14 đồng chí; miễn sinh hoạt: 0."),
            L("- Có mặt: 13 đồng chí; vắng: 01 đồng chí (có lý do: 01; không lý do: 0)."),
            L("- Họ tên đảng viên vắng: Phạm Thị Kiều (nghỉ thai sản)."),
            L("- Khách mời: ……"),
            L("- Chủ trì: đồng chí Trịnh Văn Sang, Bí thư chi bộ, Quản đốc xưởng."),
            L("- Thư ký: đồng chí Đỗ Ngọc Trâm."),
            L("4. Nội dung sinh hoạt:"),
            L("a) Thông tin thời sự, chính sách mới:"),
            P("Đồng chí Bí thư phổ biến Nghị định điều chỉnh mức lương tối thiểu vùng áp dụng từ 01/7/2024 và thông "
              "báo của Đảng ủy Công ty về đợt cao điểm đơn hàng cuối năm."),
            L("b) Kết quả thực hiện nhiệm vụ tháng 8:"),
            P("Xưởng đạt 104% kế hoạch sản lượng; tỷ lệ hàng phải sửa còn 2,1%, giảm 0,6% so với tháng 7; không có "
              "tai nạn lao động. Tồn tại: chuyền 5 và chuyền 7 nhiều lần tăng ca quá giờ quy định; hai đảng viên "
              "chậm nộp bản kiểm điểm giữa năm."),
            L("c) Phương hướng, nhiệm vụ tháng 9:"),
            P("Hoàn thành đơn hàng áo khoác xuất đi Canada trước ngày 10/10; sắp xếp lại ca để không tăng ca quá 40 "
              "giờ/tháng; phát động thi đua tay nghề giỏi chào mừng ngày 20/10."),
            L("d) Ý kiến thảo luận:"),
            P("- Đồng chí Lò Thị Ánh (chuyền trưởng chuyền 5): công nhân mới vào chưa quen máy may hai kim, đề nghị "
              "bố trí thợ lành nghề kèm trong tháng đầu."),
            P("- Đồng chí Huỳnh Công Danh: đề nghị Công đoàn xưởng đứng ra tổ chức hội thi tay nghề, chi bộ chỉ "
              "đạo, không giao hết cho phòng nhân sự."),
            L("5. Kết luận của đồng chí chủ trì:"),
            L(DOTS),
            L(DOTS),
            L("6. Phân công thực hiện: (theo kế hoạch đã phân công)"),
            L("7. Biểu quyết: tán thành 13/13 đồng chí; không tán thành: 0; ý kiến khác: 0."),
            L("8. Buổi sinh hoạt kết thúc lúc 18 giờ 15 phút cùng ngày. Biên bản đã được đọc lại và thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Đỗ Ngọc Trâm"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Trịnh Văn Sang"]),
        ],
        "truth": minute(
            meeting("regular", "2024-09-18", "16:30", "18:15", "Phòng họp tầng 2, nhà điều hành xưởng may 2",
                    "CHI BỘ XƯỞNG MAY 2", "ĐẢNG BỘ CÔNG TY CP MAY TAM HIỆP"),
            "Trịnh Văn Sang", "Bí thư chi bộ", "Đỗ Ngọc Trâm",
            attendance(14, 13, 1, 1, 0, 0, absentees=[("Phạm Thị Kiều", "nghỉ thai sản", True)]),
            False,
            [vote("Biểu quyết nội dung sinh hoạt tháng 9/2024", 13, 0, 0)],
            [],
            ["missing_conclusion", "missing_assignments", "unfilled_template"]),
    }],
})


# =================================================================================================
# n04 — Cần Thơ children's hospital ICU: the deputy chairs and concludes, on page 2. Clean.
# =================================================================================================
DOCS.append({
    "name": "n04-cantho-hospital-deputy-concludes-next-page-clean", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 26, "spacing": 1.3,
              "head": "Biên bản sinh hoạt Chi bộ Khoa Hồi sức tích cực – tháng 5/2025", "head_align": "right",
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY BỆNH VIỆN NHI ĐỒNG", "THÀNH PHỐ CẦN THƠ", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cần Thơ, ngày 08 tháng 5 năm 2025"], bold_left=(2,)),
            G(10),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 5/2025"),
            G(8),
            P("Vào hồi 13 giờ 30 phút, ngày 08 tháng 5 năm 2025, tại phòng giao ban Khoa Hồi sức tích cực, Chi bộ "
              "Khoa Hồi sức tích cực tổ chức sinh hoạt định kỳ tháng 5/2025."),
            P("Tổng số đảng viên: 16 đồng chí. Có mặt: 15 đồng chí. Vắng: 01 đồng chí – đồng chí BSCKII. Trương "
              "Minh Khôi, Bí thư chi bộ, Trưởng khoa (đi tập huấn tại Thành phố Hồ Chí Minh)."),
            P("Được chi ủy phân công, đồng chí BSCKI. Lâm Thị Ngọc Hân – Phó Bí thư chi bộ, Phó Trưởng khoa chủ trì "
              "buổi sinh hoạt; đồng chí ĐD. Võ Thanh Tú ghi biên bản."),
            H("1/ Thông tin, quán triệt"),
            P("Đồng chí chủ trì thông tin những nội dung chính của Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát "
              "triển kinh tế tư nhân và chủ trương sắp xếp đơn vị hành chính; phổ biến công văn của Sở Y tế về "
              "phòng, chống sốt xuất huyết và bệnh tay chân miệng trong mùa mưa."),
            H("2/ Đánh giá kết quả tháng 4/2025"),
            P("Khoa tiếp nhận 142 lượt bệnh nhi, trong đó 37 ca phải thở máy; tỷ lệ tử vong 1,4%, thấp hơn cùng kỳ. "
              "Không để xảy ra sự cố y khoa nghiêm trọng; cứu sống hai ca sốc sốt xuất huyết độ IV chuyển từ tuyến "
              "huyện. Đảng viên giữ gìn tác phong, không có phản ánh của người nhà bệnh nhi."),
            P("Hạn chế: hồ sơ bệnh án còn ghi thiếu thời điểm y lệnh; máy thở số 6 hỏng từ giữa tháng chưa được "
              "sửa; phòng cách ly thường xuyên quá tải vào cuối tuần; điều dưỡng trực đêm thiếu người."),
            H("3/ Thảo luận"),
            P("- Đồng chí BS. Nguyễn Hoàng Phúc: số ca sốt xuất huyết nặng chuyển lên tăng từ giữa tháng 4, bác sĩ "
              "trẻ còn lúng túng khi bù dịch; đề nghị khoa tập huấn lại phác đồ."),
            P("- Đồng chí ĐD. Thạch Thị Sa Ry (điều dưỡng trưởng khoa): hai điều dưỡng nghỉ thai sản nên ca đêm "
              "thiếu người, đề nghị xin bổ sung điều dưỡng từ Khoa Nhiễm trong thời gian cao điểm."),
            P("- Đồng chí ĐD. Võ Thanh Tú: tủ thuốc cấp cứu có một số loại gần hết hạn, cần rà soát lại toàn bộ."),
            ("page_break",),
            H("4/ Đồng chí Phó Bí thư kết luận"),
            P("Thay mặt chi ủy, đồng chí Lâm Thị Ngọc Hân kết luận: chi bộ đánh giá cao tinh thần trách nhiệm của "
              "tập thể khoa trong tháng 4. Tháng 5 chi bộ tập trung lãnh đạo ba việc: một là chuẩn bị sẵn sàng thu "
              "dung bệnh nhi sốt xuất huyết nặng trong mùa mưa, không để bị động về giường và máy thở; hai là nâng "
              "chất lượng hồ sơ bệnh án, ghi đủ thời điểm y lệnh; ba là giữ đoàn kết, thái độ phục vụ ân cần với "
              "người nhà bệnh nhi."),
            H("5/ Biểu quyết"),
            P("Chi bộ biểu quyết thông qua kết luận: tán thành 15/15 đồng chí có mặt (100%); không tán thành: "
              "không; ý kiến khác: không."),
            H("6/ Phân công"),
            P("Đồng chí BS. Nguyễn Hoàng Phúc có trách nhiệm tổ chức tập huấn lại phác đồ điều trị sốt xuất huyết "
              "Dengue cho bác sĩ trẻ của khoa, xong trong tháng 5/2025."),
            P("Đồng chí Thạch Thị Sa Ry theo dõi, kiểm tra việc ghi chép hồ sơ bệnh án, báo cáo chi ủy hằng tuần."),
            P("Đồng chí Võ Thanh Tú rà soát tủ thuốc cấp cứu, lập danh sách thuốc cận hạn gửi Khoa Dược trước ngày "
              "15/5/2025."),
            P("Đồng chí Lâm Thị Ngọc Hân trực tiếp làm văn bản đề nghị Ban Giám đốc sửa máy thở số 6 và bổ sung 02 "
              "điều dưỡng trực đêm."),
            P("Buổi sinh hoạt kết thúc lúc 15 giờ 20 phút. Biên bản đã được thông qua trước chi bộ, các đồng chí dự "
              "họp nhất trí với nội dung biên bản."),
            S(["THƯ KÝ", "", "", "Võ Thanh Tú"], ["CHỦ TRÌ", "PHÓ BÍ THƯ", "", "", "Lâm Thị Ngọc Hân"]),
        ],
        "truth": minute(
            meeting("regular", "2025-05-08", "13:30", "15:20", "phòng giao ban Khoa Hồi sức tích cực",
                    "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "ĐẢNG ỦY BỆNH VIỆN NHI ĐỒNG THÀNH PHỐ CẦN THƠ"),
            "Lâm Thị Ngọc Hân", "Phó Bí thư chi bộ", "Võ Thanh Tú",
            attendance(16, 15, 1, 1, 0, 0,
                       absentees=[("Trương Minh Khôi", "đi tập huấn tại Thành phố Hồ Chí Minh", True)]),
            True,
            [vote("Thông qua kết luận tháng 5/2025", 15, 0, 0, 100)],
            [task("Nguyễn Hoàng Phúc", "tổ chức tập huấn lại phác đồ điều trị sốt xuất huyết Dengue cho bác sĩ trẻ "
                  "của khoa", "tháng 5/2025"),
             task("Thạch Thị Sa Ry", "theo dõi, kiểm tra việc ghi chép hồ sơ bệnh án", "hằng tuần"),
             task("Võ Thanh Tú", "rà soát tủ thuốc cấp cứu, lập danh sách thuốc cận hạn gửi Khoa Dược", "15/5/2025"),
             task("Lâm Thị Ngọc Hân", "làm văn bản đề nghị Ban Giám đốc sửa máy thở số 6 và bổ sung 02 điều dưỡng "
                  "trực đêm", None)],
            []),
    }],
    "scans": [{"name": "n11-cantho-hospital-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 9104,
               "dpi": 200}],
})


# =================================================================================================
# n05 — Gia Lai army company: a guest's directions, then thanks; no conclusion, no vote.
# =================================================================================================
DOCS.append({
    "name": "n05-gialai-army-company-guest-directions", "folder": "dev",
    "style": {"family": "sans", "size": 12, "justify": True, "indent": 20, "spacing": 1.3, "left": 78, "right": 54},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TIỂU ĐOÀN 2", "CHI BỘ ĐẠI ĐỘI 6", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Chư Păh, ngày 25 tháng 10 năm 2024"]),
            G(10),
            C("BIÊN BẢN", size=14),
            C("HỌP CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2024"),
            G(8),
            L("Thời gian: bắt đầu 07 giờ 30 phút, ngày 25/10/2024."),
            L("Địa điểm: Hội trường Đại đội 6."),
            L("Quân số đảng viên: 11 đồng chí; có mặt 11/11 đồng chí."),
            L("Đại biểu dự: đồng chí Thiếu tá Siu Đinh – Đảng ủy viên, Phó Chính trị viên Tiểu đoàn 2."),
            L("Chủ trì: đồng chí Thượng úy Rơ Mah Tuân – Bí thư chi bộ, Chính trị viên đại đội."),
            L("Thư ký: đồng chí Trung úy Nguyễn Văn Lực – Chi ủy viên."),
            H("1. Kết quả lãnh đạo thực hiện nhiệm vụ tháng 10"),
            P("Đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu; hoàn thành huấn luyện chiến sĩ mới giai đoạn "
              "2, kiểm tra bắn súng tiểu liên AK bài 1 đạt 92% khá, giỏi. Cử 01 trung đội giúp đồng bào làng Kép "
              "làm lại 240 mét đường vào khu sản xuất và giúp 06 hộ nghèo thu hái cà phê."),
            P("Hạn chế: 01 chiến sĩ vi phạm quy định sử dụng điện thoại thông minh; việc bảo quản vũ khí ở trung "
              "đội 2 chưa thường xuyên; một số đồng chí đảng viên trẻ chưa mạnh dạn phát biểu trong sinh hoạt."),
            H("2. Nhiệm vụ tháng 11"),
            P("Chuẩn bị lực lượng tham gia hội thao cấp tiểu đoàn; làm tốt công tác dân vận trong mùa thu hoạch cà "
              "phê; duy trì nghiêm kỷ luật sử dụng mạng xã hội; chăm sóc rau tăng gia vụ mùa."),
            P("Đồng chí Trung úy Nguyễn Văn Lực được phân công phụ trách đội tuyển hội thao của đại đội, hoàn thành "
              "luyện tập trước ngày 20/11/2024. Đồng chí Thiếu úy Ksor Nhân chịu trách nhiệm quản lý, kiểm tra việc "
              "sử dụng điện thoại của chiến sĩ trung đội 2, báo cáo chi ủy hằng tuần. Tiểu đội 4 tiếp tục chăm sóc "
              "khu tăng gia, bảo đảm rau xanh cho bếp ăn đại đội."),
            H("3. Thảo luận"),
            P("Đồng chí Thiếu úy Ksor Nhân: trung đội 2 có 02 chiến sĩ người Gia Rai mới nhập ngũ còn hạn chế tiếng "
              "Việt, học điều lệnh chậm; đề nghị bố trí cán bộ tiểu đội kèm cặp riêng."),
            P("Đồng chí Trung sĩ Rơ Lan Hiếu (đảng viên dự bị): đề nghị đại đội xin thêm ngày công giúp làng Kép thu "
              "hái cà phê vì nhiều hộ thiếu nhân lực, con cái đi làm xa."),
            H("4. Ý kiến chỉ đạo của đại biểu cấp trên"),
            P("Đồng chí Thiếu tá Siu Đinh phát biểu chỉ đạo: biểu dương kết quả huấn luyện và công tác dân vận của "
              "đại đội; yêu cầu chi bộ tập trung lãnh đạo chuẩn bị hội thao, quản lý chặt tư tưởng bộ đội, không để "
              "xảy ra vi phạm kỷ luật trong mùa mưa bão; đề nghị chi bộ nghiêm túc tiếp thu, khắc phục hạn chế."),
            P("Đồng chí chủ trì cảm ơn ý kiến chỉ đạo của đồng chí Phó Chính trị viên tiểu đoàn, cảm ơn các đồng chí "
              "đảng viên đã tham gia ý kiến và tuyên bố bế mạc buổi sinh hoạt."),
            P("Buổi sinh hoạt kết thúc vào lúc 09 giờ 15 phút cùng ngày. Biên bản đã đọc lại, các đồng chí dự họp "
              "nhất trí."),
            S(["THƯ KÝ", "", "", "Trung úy Nguyễn Văn Lực"], ["BÍ THƯ", "", "", "Thượng úy Rơ Mah Tuân"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-25", "07:30", "09:15", "Hội trường Đại đội 6",
                    "CHI BỘ ĐẠI ĐỘI 6", "ĐẢNG BỘ TIỂU ĐOÀN 2"),
            "Rơ Mah Tuân", "Bí thư chi bộ", "Nguyễn Văn Lực",
            attendance(11, 11, 0, 0, 0, 0,
                       guests=[("Siu Đinh", "Đảng ủy viên, Phó Chính trị viên Tiểu đoàn 2")]),
            False,
            [],
            [task("Nguyễn Văn Lực", "phụ trách đội tuyển hội thao của đại đội", "20/11/2024"),
             task("Ksor Nhân", "quản lý, kiểm tra việc sử dụng điện thoại của chiến sĩ trung đội 2", "hằng tuần"),
             task("Tiểu đội 4", "tiếp tục chăm sóc khu tăng gia, bảo đảm rau xanh cho bếp ăn đại đội", None)],
            ["missing_conclusion", "missing_vote"]),
    }],
})


# =================================================================================================
# n06 — Sóc Trăng Khmer hamlet: "kết luận" only in other senses; the secretary sums up; no tasks.
# =================================================================================================
DOCS.append({
    "name": "n06-soctrang-khmer-hamlet-other-ketluan-low", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": False, "indent": 24, "spacing": 1.4, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ VĨNH HẢI", "CHI BỘ ẤP ĐAI TRỊ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Hải, ngày 10 tháng 6 năm 2024"]),
            G(10),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=14),
            C("Tháng 6/2024"),
            G(8),
            P("Vào lúc 14 giờ 00, ngày 10/6/2024, Chi bộ ấp Đai Trị họp tại trụ sở Ban nhân dân ấp để sinh hoạt "
              "thường kỳ tháng 6."),
            P("Chi bộ có 18 đảng viên, có mặt 14, vắng 04: đồng chí Thạch Sóc Kha (đi làm ở Bình Dương, có xin "
              "phép), đồng chí Lâm Thị Sa Quênh (bệnh), đồng chí Sơn Ngọc Dũng (không lý do), đồng chí Trần Văn Bé "
              "Năm (không lý do)."),
            P("Đồng chí Lý Văn Sóc, Bí thư chi bộ chủ trì; đồng chí Kim Thị Mỹ Linh ghi biên bản."),
            P("THÔNG TIN: Đồng chí Bí thư quán triệt Kết luận số 21-KL/TW của Ban Chấp hành Trung ương về đẩy mạnh "
              "xây dựng, chỉnh đốn Đảng (phần liên quan đến chi bộ) và đọc thông báo kết luận của Đảng ủy xã tại hội "
              "nghị sơ kết 6 tháng, trong đó nêu ấp Đai Trị còn chậm vận động hộ vay trả nợ Ngân hàng Chính sách xã "
              "hội."),
            P("Đồng chí Bí thư cũng thông báo Kết luận thanh tra của Thanh tra huyện về việc chi hỗ trợ hộ nghèo "
              "năm 2023 trên địa bàn xã: ấp Đai Trị có 02 trường hợp nhận trùng tiền hỗ trợ, phải thu hồi."),
            P("TÌNH HÌNH THÁNG 5: Đồng chí Phó Bí thư Sơn Thị Mây báo cáo: bà con thu hoạch xong hành tím vụ muộn "
              "nhưng giá thấp hơn năm trước; 06 hộ Khmer được hỗ trợ xây nhà đại đoàn kết, đã khởi công 04 căn; chùa "
              "trong ấp phối hợp mở lớp dạy chữ Khmer dịp hè cho 45 em; an ninh cơ bản ổn định. Tồn tại: nợ quá hạn còn 07 hộ; có trộm bò ở khu giáp ranh xã Lạc Hòa."),
            P("THẢO LUẬN: Đồng chí Trà Thị Sà Phol cho rằng việc thu hồi tiền hỗ trợ nhận trùng phải làm khéo, vì "
              "cả hai hộ đều khó khăn, không biết chữ, nhận tiền mà không biết là trùng."),
            P("Đồng chí Châu Văn Ne đề nghị ấp làm lại lịch tuần tra ban đêm, tăng cường ở khu giáp ranh xã Lạc "
              "Hòa, vì vừa mất 02 con bò trong tháng."),
            P("Đồng chí thư ký tóm tắt lại các ý kiến đã phát biểu: có 02 ý kiến, tập trung vào cách thu hồi tiền hỗ "
              "trợ nhận trùng và việc tuần tra ban đêm."),
            P("PHƯƠNG HƯỚNG THÁNG 7: Đảng ủy xã giao chi bộ ấp Đai Trị chịu trách nhiệm vận động thu hồi dứt điểm "
              "02 khoản hỗ trợ nhận trùng trước ngày 30/7/2024. Toàn chi bộ phấn đấu không để phát sinh nợ quá hạn "
              "mới. Các đảng viên thực hiện tốt việc tuần tra, bảo vệ tài sản của bà con. Việc phân công cụ thể "
              "từng đồng chí, chi ủy sẽ họp và phân công sau."),
            P("Chi bộ biểu quyết thông qua phương hướng tháng 7: 14/14 đồng chí có mặt nhất trí."),
            P("Cuộc họp kết thúc lúc 16 giờ. Biên bản được đọc lại trước chi bộ và được thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Kim Thị Mỹ Linh"], ["CHỦ TRÌ", "", "", "Lý Văn Sóc"]),
        ],
        "truth": minute(
            meeting("regular", "2024-06-10", "14:00", "16:00", "trụ sở Ban nhân dân ấp",
                    "CHI BỘ ẤP ĐAI TRỊ", "ĐẢNG BỘ XÃ VĨNH HẢI"),
            "Lý Văn Sóc", "Bí thư chi bộ", "Kim Thị Mỹ Linh",
            attendance(18, 14, 4, 2, 2, 0,
                       absentees=[("Thạch Sóc Kha", "đi làm ở Bình Dương, có xin phép", True),
                                  ("Lâm Thị Sa Quênh", "bệnh", True),
                                  ("Sơn Ngọc Dũng", "không lý do", False),
                                  ("Trần Văn Bé Năm", "không lý do", False)]),
            False,
            [vote("Thông qua phương hướng tháng 7/2024", 14)],
            [],
            ["missing_conclusion", "missing_assignments", "low_attendance", "unexcused_absence"]),
    }],
})


# =================================================================================================
# n07 — HCM City (Thủ Đức) software company, online + room: conclusion with no heading; task table. Clean.
# =================================================================================================
DOCS.append({
    "name": "n07-hcm-thuduc-online-software-table-clean", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 0, "spacing": 1.35, "para_gap": 3,
              "left": 68, "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG ỦY CÔNG TY CP PHẦN MỀM NAM SAO", "CHI BỘ KHỐI KỸ THUẬT", "Số: 11-BB/CBKT"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "TP. Thủ Đức, ngày 14 tháng 11 năm 2024"]),
            G(10),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11/2024"),
            C("(hình thức trực tuyến kết hợp trực tiếp)", bold=False, italic=True),
            G(6),
            L("Thời gian: từ 17 giờ 15 phút đến 19 giờ 00 phút, thứ Năm ngày 14/11/2024."),
            L("Hình thức: trực tuyến qua phần mềm họp của Công ty; điểm cầu chính tại phòng họp Sông Sài Gòn, "
              "tầng 5, tòa nhà Công ty; 04 đồng chí đang công tác tại Đà Nẵng và Hà Nội dự từ xa."),
            L("Đảng viên: tổng số 23 đồng chí (chính thức 21, dự bị 02); dự họp 22 đồng chí (18 trực tiếp, 04 trực "
              "tuyến); vắng 01 đồng chí: Đặng Khôi Nguyên – đi công tác tại Singapore, đã báo cáo chi ủy."),
            L("Chủ trì: đồng chí Hồ Thị Thanh Vân, Bí thư chi bộ, Giám đốc Kỹ thuật. Thư ký: đồng chí Phan Đình "
              "Khoa."),
            H("Phần 1 – Thông tin thời sự"),
            L("Đồng chí Bí thư điểm tin kết quả Hội nghị Trung ương 10 khóa XIII, chủ trương tinh gọn tổ chức bộ "
              "máy và những yêu cầu của Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân đối với các sản phẩm "
              "phần mềm Công ty đang cung cấp cho bệnh viện."),
            H("Phần 2 – Kết quả tháng 10"),
            L("Khối kỹ thuật bàn giao đúng hạn 02 phiên bản phần mềm quản lý bệnh viện cho khách hàng ở Long An và "
              "Bình Dương. Ngày 22/10 xảy ra 01 sự cố mất kết nối máy chủ kéo dài 3 giờ do sai cấu hình, đã khắc "
              "phục, khách hàng chấp nhận giải trình. Chi đoàn tổ chức hội thi lập trình với 46 đoàn viên tham gia."),
            L("Hạn chế: quy trình kiểm thử trước khi phát hành còn bị làm tắt khi gấp tiến độ; 03 đảng viên chưa nộp "
              "bản thu hoạch học tập chuyên đề năm 2024."),
            H("Phần 3 – Thảo luận"),
            L("+ Đồng chí Phan Đình Khoa: sự cố ngày 22/10 cho thấy phải có người thứ hai duyệt cấu hình trước khi "
              "áp dụng; đề nghị đưa bước này vào quy trình vận hành."),
            L("+ Đồng chí Lê Ngọc Bảo Trân (dự trực tuyến từ Đà Nẵng): các bệnh viện bắt đầu hỏi tài liệu về bảo "
              "vệ dữ liệu cá nhân; đề nghị Công ty có bộ tài liệu mẫu dùng chung, khỏi mỗi dự án tự viết."),
            L("+ Đồng chí Trịnh Quang Vũ (Bí thư Chi đoàn): Chi đoàn muốn tổ chức ngày hội hiến máu vào cuối tháng "
              "12, xin chi bộ ủng hộ và vận động đảng viên cùng tham gia."),
            L("Sau khi nghe ý kiến của các đồng chí, chủ trì thống nhất: từ tháng 11, mọi thay đổi cấu hình máy chủ "
              "phải có người thứ hai duyệt; khối kỹ thuật soạn bộ tài liệu mẫu về bảo vệ dữ liệu cá nhân dùng chung "
              "cho các dự án; chi bộ ủng hộ Chi đoàn tổ chức ngày hội hiến máu; 03 đảng viên chưa nộp bản thu hoạch "
              "phải nộp ngay trong tuần. Việc cụ thể như bảng dưới đây."),
            L("Biểu quyết: 22/22 đồng chí dự họp (kể cả 04 đồng chí trực tuyến) tán thành (100%)."),
            L("Phân công cụ thể:"),
            T([(0.08, "STT", "c"), (0.44, "Việc cần làm", "l"), (0.28, "Người phụ trách", "l"),
               (0.20, "Hạn hoàn thành", "l")],
              [["1", "Bổ sung bước duyệt cấu hình độc lập vào quy trình vận hành máy chủ", "Đ/c Phan Đình Khoa",
                "25/11/2024"],
               ["2", "Soạn bộ tài liệu mẫu về bảo vệ dữ liệu cá nhân cho khách hàng bệnh viện",
                "Đ/c Lê Ngọc Bảo Trân, đ/c Nguyễn Thành Đạt", "Trước 15/12/2024"],
               ["3", "Tổ chức ngày hội hiến máu tình nguyện", "Chi đoàn Công ty", "Cuối tháng 12/2024"],
               ["4", "Nhắc và tổng hợp bản thu hoạch chuyên đề của đảng viên", "Đ/c Trịnh Quang Vũ", "Hằng tuần"]]),
            L("Buổi sinh hoạt kết thúc lúc 19 giờ 00. Biên bản được thư ký đọc lại (chia sẻ màn hình cho các điểm "
              "cầu) và được chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Phan Đình Khoa"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Hồ Thị Thanh Vân"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-14", "17:15", "19:00", "phòng họp Sông Sài Gòn, tầng 5, tòa nhà Công ty",
                    "CHI BỘ KHỐI KỸ THUẬT", "ĐẢNG ỦY CÔNG TY CP PHẦN MỀM NAM SAO"),
            "Hồ Thị Thanh Vân", "Bí thư chi bộ", "Phan Đình Khoa",
            attendance(23, 22, 1, 1, 0, 0,
                       absentees=[("Đặng Khôi Nguyên", "đi công tác tại Singapore, đã báo cáo chi ủy", True)]),
            True,
            [vote("Tán thành nội dung chủ trì thống nhất tháng 11/2024", 22, pct=100)],
            [task("Phan Đình Khoa", "Bổ sung bước duyệt cấu hình độc lập vào quy trình vận hành máy chủ",
                  "25/11/2024"),
             task("Lê Ngọc Bảo Trân", "Soạn bộ tài liệu mẫu về bảo vệ dữ liệu cá nhân cho khách hàng bệnh viện",
                  "15/12/2024"),
             task("Nguyễn Thành Đạt", "Soạn bộ tài liệu mẫu về bảo vệ dữ liệu cá nhân cho khách hàng bệnh viện",
                  "15/12/2024"),
             task("Chi đoàn Công ty", "Tổ chức ngày hội hiến máu tình nguyện", "Cuối tháng 12/2024"),
             task("Trịnh Quang Vũ", "Nhắc và tổng hợp bản thu hoạch chuyên đề của đảng viên", "Hằng tuần")],
            []),
    }],
})


# =================================================================================================
# n08 — Tây Ninh retired cadres: last month's tasks recalled as done; "Bí thư tóm lại"; 75 min; no read-back.
# =================================================================================================
DOCS.append({
    "name": "n08-tayninh-retired-recalled-tasks-75min", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 3,
              "left": 66, "right": 48},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG 3", "CHI BỘ HƯU TRÍ KHU PHỐ 2", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tây Ninh, ngày 03 tháng 12 năm 2024"]),
            G(10),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024"),
            G(8),
            L("Hôm nay, lúc 8 giờ sáng ngày 03/12/2024, tại nhà đồng chí Trần Văn Mười, số 14, hẻm 7, khu phố 2, "
              "Chi bộ hưu trí khu phố 2 họp thường kỳ tháng 12."),
            L("Đảng viên: 12 đồng chí, trong đó 03 đồng chí được miễn sinh hoạt vì tuổi cao. Có mặt 09/09 đồng chí."),
            L("Đồng chí Huỳnh Văn Tư, Bí thư chi bộ chủ trì; đồng chí Nguyễn Thị Kim Hoa làm thư ký."),
            L("1. Đồng chí Bí thư đọc lại biên bản kỳ họp tháng 11 và kiểm điểm các việc đã phân công:"),
            L("- Việc thăm đồng chí Lê Văn Hai nằm viện, tháng trước giao đồng chí Nguyễn Thị Kim Hoa và đồng chí "
              "Trần Văn Mười: đã đi thăm ngày 16/11, có quà của chi bộ."),
            L("- Việc nộp bản kiểm điểm cuối năm, tháng trước giao đồng chí Bí thư nhắc: 09/09 đồng chí đã nộp đủ."),
            L("- Việc vận động ủng hộ quỹ Vì người nghèo: thu được 2.700.000 đồng, đồng chí Phạm Văn Cứ đã nộp về "
              "Ủy ban Mặt trận Tổ quốc phường ngày 25/11."),
            L("2. Đồng chí Phạm Văn Cứ thông tin thời sự: kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam "
              "(22/12/1944 – 22/12/2024); chủ trương sắp xếp, tinh gọn bộ máy của hệ thống chính trị."),
            L("3. Ý kiến:"),
            L("- Đồng chí Trần Văn Mười: hẻm 7 ngập nước mỗi lần mưa lớn, các cụ đi lại khó; đề nghị chi bộ kiến "
              "nghị với phường làm lại cống."),
            L("- Đồng chí Lưu Thị Bông: các đồng chí lớn tuổi nên được nhắc đi khám sức khỏe định kỳ; thẻ bảo hiểm "
              "y tế năm 2025 có gì mới thì phổ biến cho mọi người."),
            L("Đồng chí Bí thư tóm lại: năm 2024 chi bộ giữ được nền nếp sinh hoạt, các việc phân công tháng trước "
              "đều đã làm xong. Chi bộ sẽ gửi kiến nghị về cống hẻm 7 lên Đảng ủy phường bằng văn bản. Dịp 22/12 "
              "chi bộ gặp mặt truyền thống giản dị, không phô trương. Các đồng chí giữ gìn sức khỏe, tham gia sinh "
              "hoạt đầy đủ, làm gương cho con cháu trong khu phố."),
            L("Chi bộ nhất trí 100% với ý kiến tóm lại của đồng chí Bí thư."),
            L("Buổi họp kết thúc lúc 9 giờ 15 phút."),
            S(["THƯ KÝ", "", "Nguyễn Thị Kim Hoa"], ["BÍ THƯ", "", "Huỳnh Văn Tư"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-03", "08:00", "09:15", "nhà đồng chí Trần Văn Mười, số 14, hẻm 7, khu phố 2",
                    "CHI BỘ HƯU TRÍ KHU PHỐ 2", "ĐẢNG BỘ PHƯỜNG 3"),
            "Huỳnh Văn Tư", "Bí thư chi bộ", "Nguyễn Thị Kim Hoa",
            attendance(12, 9, 0, 0, 0, 3),
            True,
            [vote("Nhất trí với ý kiến tóm lại của Bí thư", pct=100)],
            [],
            ["missing_assignments", "not_approved", "short_meeting"]),
    }],
    "scans": [{"name": "n12-tayninh-retired-scan-photocopy", "folder": "dev", "damage": "photocopy", "seed": 9112,
               "dpi": 200}],
})


# =================================================================================================
# n09 — Kon Tum boarding school, thematic: "Chi bộ nhất trí ... Cụ thể:" conclusion; unnamed discussion.
# =================================================================================================
DOCS.append({
    "name": "n09-kontum-boarding-school-thematic-no-discussion", "folder": "dev",
    "style": {"family": "dejavu", "size": 11, "justify": False, "indent": 22, "spacing": 1.3, "para_gap": 1,
              "top": 46, "bottom": 46},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ ĐẮK LONG", "CHI BỘ TRƯỜNG PTDTBT THCS ĐẮK LONG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đắk Long, ngày 21 tháng 11 năm 2024"]),
            G(10),
            C("BIÊN BẢN", size=13.5),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2024"),
            C("Chuyên đề: Nâng cao chất lượng nuôi dưỡng, giáo dục học sinh bán trú người dân tộc thiểu số",
              bold=False, italic=True),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            L("- Thời gian: bắt đầu 14h00 ngày 21/11/2024."),
            L("- Địa điểm: Phòng Hội đồng nhà trường."),
            L("- Thành phần: tổng số đảng viên 13, có mặt 12, vắng 01 (đồng chí A Thút – đưa học sinh đi cấp cứu "
              "tại Trung tâm Y tế huyện)."),
            L("- Chủ trì: đồng chí Lê Thị Thu Hà, Bí thư chi bộ, Hiệu trưởng."),
            L("- Thư ký: đồng chí Y Lan."),
            H("II. NỘI DUNG"),
            L("1. Đồng chí Đinh Văn Hùng, Phó Hiệu trưởng, trình bày chuyên đề", indent=22),
            P("Nhà trường có 312 học sinh, trong đó 264 em ở bán trú, gần hết là con em đồng bào Xơ Đăng. Từ học kỳ "
              "I, tiền ăn được nâng lên 23.000 đồng/ngày; bếp ăn có sổ kiểm thực ba bước, chưa để xảy ra ngộ độc. "
              "Tối thứ Tư các em tập cồng chiêng."),
            P("Tồn tại: còn 11 em bỏ về nhà giữa tuần, nhất là mùa thu hoạch mì; phòng ở bán trú bị dột, nhà tắm "
              "không có nước nóng trong mùa lạnh; giáo viên trẻ chưa biết tiếng Xơ Đăng nên khó trao đổi với phụ "
              "huynh."),
            L("2. Thảo luận", indent=22),
            P("Các đồng chí đảng viên thảo luận sôi nổi, thống nhất cao với nội dung chuyên đề; nhiều ý kiến đề "
              "xuất thêm cách giữ học sinh ở lại trường vào cuối tuần."),
            P("Chi bộ nhất trí ba nhóm giải pháp: giữ học sinh ở trường cuối tuần bằng hoạt động văn nghệ, thể "
              "thao; sửa chữa phòng ở bán trú trước mùa lạnh; bồi dưỡng tiếng Xơ Đăng cho giáo viên trẻ. Cụ thể:"),
            L("- Đồng chí Đinh Văn Hùng hoàn thiện kế hoạch hoạt động cuối tuần cho học sinh bán trú, trình Hội "
              "đồng trường trước ngày 30/11/2024."),
            L("- Đồng chí Y Lan và đồng chí A Thút tiếp tục đến từng làng vận động 11 em bỏ về nhà giữa tuần trở "
              "lại trường; báo cáo chi bộ kỳ họp tháng 12."),
            L("- Tổ Văn phòng lập dự toán sửa mái phòng ở bán trú và lắp bình nước nóng năng lượng mặt trời, xong "
              "trong tháng 12."),
            L("- Công đoàn nhà trường mở lớp tiếng Xơ Đăng cho giáo viên trẻ vào chiều thứ Bảy hằng tuần."),
            H("III. BIỂU QUYẾT"),
            L("12/12 đồng chí tán thành nội dung chuyên đề và các giải pháp đã nêu; không tán thành 0; không biểu "
              "quyết 0."),
            L("Buổi sinh hoạt chuyên đề kết thúc lúc 15h50 cùng ngày; biên bản đã được thông qua tại buổi sinh "
              "hoạt."),
            S(["THƯ KÝ", "", "", "Y Lan"], ["CHỦ TRÌ", "", "", "Lê Thị Thu Hà"]),
        ],
        "truth": minute(
            meeting("thematic", "2024-11-21", "14:00", "15:50", "Phòng Hội đồng nhà trường",
                    "CHI BỘ TRƯỜNG PTDTBT THCS ĐẮK LONG", "ĐẢNG BỘ XÃ ĐẮK LONG",
                    topic="Nâng cao chất lượng nuôi dưỡng, giáo dục học sinh bán trú người dân tộc thiểu số"),
            "Lê Thị Thu Hà", "Bí thư chi bộ", "Y Lan",
            attendance(13, 12, 1, 1, 0, 0,
                       absentees=[("A Thút", "đưa học sinh đi cấp cứu tại Trung tâm Y tế huyện", True)]),
            True,
            [vote("Tán thành nội dung chuyên đề và các giải pháp", 12, 0, 0)],
            [task("Đinh Văn Hùng", "hoàn thiện kế hoạch hoạt động cuối tuần cho học sinh bán trú, trình Hội đồng "
                  "trường", "30/11/2024"),
             task("Y Lan", "tiếp tục đến từng làng vận động 11 em bỏ về nhà giữa tuần trở lại trường",
                  "kỳ họp tháng 12"),
             task("A Thút", "tiếp tục đến từng làng vận động 11 em bỏ về nhà giữa tuần trở lại trường",
                  "kỳ họp tháng 12"),
             task("Tổ Văn phòng", "lập dự toán sửa mái phòng ở bán trú và lắp bình nước nóng năng lượng mặt trời",
                  "tháng 12"),
             task("Công đoàn nhà trường", "mở lớp tiếng Xơ Đăng cho giáo viên trẻ", "chiều thứ Bảy hằng tuần")],
            ["no_discussion"]),
    }],
})


# =================================================================================================
# n10 — BOOK: An Giang, Chăm hamlet Phum Soài, Jul–Dec 2024, five minutes typed on continuously.
# =================================================================================================
_CELL, _COMM = "CHI BỘ ẤP PHUM SOÀI", "ĐẢNG BỘ XÃ CHÂU PHONG"
_HD = ["ĐẢNG BỘ XÃ CHÂU PHONG", "CHI BỘ ẤP PHUM SOÀI", "*"]

DOCS.append({
    "name": "n10-angiang-cham-hamlet-book-jul-dec-2024", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 24, "spacing": 1.28, "para_gap": 2,
              "head": "Sổ biên bản sinh hoạt Chi bộ ấp Phum Soài – năm 2024", "head_align": "right",
              "foot": "- {n} -"},
    "between": 22,
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
    "minutes": [
        # 1 — July: run-in "Kết luận:" with tasks; Ka Sêm absent without reason.
        {"blocks": [
            HD(_HD, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Châu Phong, ngày 05 tháng 7 năm 2024"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 7/2024"),
            G(4),
            P("Thời gian: từ 19 giờ 00 phút đến 20 giờ 50 phút, ngày 05/7/2024. Địa điểm: Văn phòng ấp Phum Soài."),
            P("Tổng số đảng viên 15 đồng chí, miễn sinh hoạt 01 (đồng chí Ha Sanh, 86 tuổi). Có mặt 13/14 đồng chí "
              "phải dự; vắng 01: đồng chí Mách Ka Sêm, không lý do."),
            P("Chủ trì: đồng chí Mohamach Ly, Bí thư chi bộ. Thư ký: đồng chí Trần Thị Thu Sương."),
            P("a) Thông tin: đồng chí Bí thư thông tin dự báo mùa nước nổi năm 2024 của tỉnh và kế hoạch của Ủy "
              "ban nhân dân xã về phòng, chống đuối nước cho trẻ em trong mùa lũ."),
            P("b) Tháng 6: bà con xuống giống xong lúa Hè Thu; 05 hộ Chăm dệt thổ cẩm được vay vốn hộ kinh doanh; "
              "an ninh ổn định. Hạn chế: còn người đánh bắt cá bằng xung điện trên sông Tiền; một đảng viên vắng "
              "họp không lý do."),
            P("c) Ý kiến: đồng chí Ha Mít đề nghị ấp mở lớp dạy bơi cho trẻ trước khi nước lên, năm ngoái xã có "
              "hai cháu bị đuối nước. Đồng chí Lê Văn Út cho biết ban đêm vẫn nghe tiếng máy xung điện ở đoạn cồn, "
              "cần báo Công an xã."),
            P("d) Kết luận: đồng chí Bí thư kết luận tháng 7 chi bộ tập trung chuẩn bị mùa nước nổi, trước hết là "
              "an toàn cho trẻ em. Giao đồng chí Ha Mít phối hợp với Chi đoàn ấp mở lớp dạy bơi miễn phí cho trẻ từ "
              "8 đến 14 tuổi trước ngày 20/7/2024; đồng chí Lê Văn Út theo dõi, báo Công an xã các trường hợp đánh "
              "bắt cá bằng xung điện; chi ủy gặp đồng chí Mách Ka Sêm nhắc nhở việc vắng họp."),
            P("Biểu quyết: 13/13 đồng chí tán thành kết luận."),
            P("Buổi sinh hoạt kết thúc lúc 20 giờ 50 phút. Biên bản đã đọc lại, chi bộ thông qua."),
            S(["THƯ KÝ", "", "Trần Thị Thu Sương"], ["BÍ THƯ", "", "Mohamach Ly"]),
        ],
         "truth": minute(
             meeting("regular", "2024-07-05", "19:00", "20:50", "Văn phòng ấp Phum Soài", _CELL, _COMM),
             "Mohamach Ly", "Bí thư chi bộ", "Trần Thị Thu Sương",
             attendance(15, 13, 1, 0, 1, 1, absentees=[("Mách Ka Sêm", "không lý do", False)]),
             True,
             [vote("Tán thành kết luận tháng 7/2024", 13)],
             [task("Ha Mít", "phối hợp với Chi đoàn ấp mở lớp dạy bơi miễn phí cho trẻ từ 8 đến 14 tuổi",
                   "20/7/2024"),
              task("Lê Văn Út", "theo dõi, báo Công an xã các trường hợp đánh bắt cá bằng xung điện", None),
              task("chi ủy", "gặp đồng chí Mách Ka Sêm nhắc nhở việc vắng họp", None)],
             ["unexcused_absence"])},
        # 2 — August: typed on without a header; thanks and closing only; empty task heading.
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2024"),
            C("Phum Soài, ngày 08 tháng 8 năm 2024", bold=False, italic=True),
            G(4),
            P("Vào lúc 19 giờ 15 phút ngày 08/8/2024, tại Văn phòng ấp Phum Soài, chi bộ họp thường kỳ; dự họp "
              "14/14 đồng chí (01 đồng chí miễn sinh hoạt). Đồng chí Mohamach Ly, Bí thư chi bộ chủ trì; đồng chí "
              "Trần Thị Thu Sương ghi biên bản."),
            P("Đồng chí Bí thư đánh giá tháng 7: lớp dạy bơi khai giảng ngày 15/7 với 38 em; chi bộ đã tổ chức cho "
              "đảng viên và bà con theo dõi Lễ Quốc tang Tổng Bí thư Nguyễn Phú Trọng. Nước lên nhanh, lúa ngoài đê "
              "bao đã thu hoạch xong."),
            P("Nhiệm vụ tháng 8: toàn chi bộ tập trung vận động bà con chằng chống nhà cửa, chuẩn bị xuồng, áo "
              "phao; các đảng viên gương mẫu không cho con em ra sông một mình; giữ gìn an ninh trật tự trong mùa "
              "nước nổi."),
            P("Ý kiến: đồng chí Sết Ly Mah cho rằng nhà bà con ở xóm dưới còn thấp, nước lên cao hơn năm ngoái thì "
              "phải di dời, ấp cần tính trước chỗ ở tạm. Đồng chí Huỳnh Văn Đực đề nghị xin thêm áo phao cho điểm "
              "giữ trẻ mùa lũ."),
            P("Phân công thực hiện:"),
            P("Biểu quyết: chi bộ biểu quyết thông qua nhiệm vụ tháng 8, 14/14 đồng chí tán thành."),
            P("Đồng chí chủ trì cảm ơn các đồng chí đã dự họp, đóng góp ý kiến, chúc các đồng chí và gia đình bình "
              "an qua mùa nước, rồi tuyên bố bế mạc lúc 21 giờ 00. Biên bản đã đọc lại, các đồng chí thống nhất "
              "thông qua."),
            S(["THƯ KÝ", "", "Trần Thị Thu Sương"], ["BÍ THƯ", "", "Mohamach Ly"]),
        ],
         "truth": minute(
             meeting("regular", "2024-08-08", "19:15", "21:00", "Văn phòng ấp Phum Soài", _CELL, _COMM),
             "Mohamach Ly", "Bí thư chi bộ", "Trần Thị Thu Sương",
             attendance(15, 14, 0, 0, 0, 1),
             False,
             [vote("Thông qua nhiệm vụ tháng 8/2024", 14)],
             [],
             ["missing_conclusion", "missing_assignments"])},
        # 3 — October: a Chi ủy viên chairs and concludes with tasks; low attendance; Ka Sêm again.
        {"blocks": [
            HD(_HD, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Châu Phong, ngày 11 tháng 10 năm 2024"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2024"),
            G(4),
            P("Thời gian: 19 giờ 00, ngày 11/10/2024. Địa điểm: nhà đồng chí Sa Ri Da (Văn phòng ấp đang bị ngập)."),
            P("Tổng số đảng viên: 15; miễn sinh hoạt: 01; có mặt: 11/14. Vắng 03 đồng chí: đồng chí Mohamach Ly "
              "(đi học lớp trung cấp lý luận chính trị), đồng chí Nguyễn Văn Hai (bệnh, nằm viện), đồng chí Mách Ka "
              "Sêm (không báo lý do)."),
            P("Đồng chí Bí thư và đồng chí Phó Bí thư vắng, chi ủy phân công đồng chí Sa Ri Da, Chi ủy viên, chủ "
              "trì; thư ký: đồng chí Trần Thị Thu Sương."),
            P("Tình hình: nước lên cao nhất vào cuối tháng 9; 23 hộ ở xóm dưới phải kê cao nền, 04 hộ di dời tạm; "
              "không có trẻ em bị đuối nước. Hạn chế: rác trôi dồn về đoạn kênh cạnh chợ; thanh niên tụ tập uống "
              "rượu khuya."),
            P("Ý kiến: đồng chí Ha Mít đề nghị nước rút thì dọn kênh ngay, để lâu sinh muỗi. Đồng chí Phạm Thị Mỹ "
              "Dung đề nghị Chi đoàn đi tuần vào cuối tuần."),
            P("Đồng chí Sa Ri Da thay mặt chi ủy kết luận: chi bộ ghi nhận bà con đã chủ động ứng phó mùa nước, "
              "không để thiệt hại về người. Tháng 10, chi bộ lãnh đạo làm ngay việc vệ sinh môi trường và giữ trật "
              "tự:"),
            P("- Tổ 2 tổ chức dọn rác đoạn kênh cạnh chợ ngay khi nước rút;"),
            P("- Chi đoàn ấp lập tổ thanh niên tuần tra vào thứ Sáu, thứ Bảy hằng tuần;"),
            P("- Đồng chí Huỳnh Văn Đực được phân công theo dõi, tổng hợp thiệt hại nhà cửa của các hộ, báo cáo Ủy "
              "ban nhân dân xã trước ngày 25/10/2024."),
            P("Chi bộ biểu quyết: 11/11 đồng chí có mặt tán thành, đạt 100%."),
            P("Kết thúc lúc 20 giờ 45 phút. Biên bản thông qua cuối buổi họp, không có ý kiến khác."),
            S(["THƯ KÝ", "", "Trần Thị Thu Sương"], ["CHỦ TRÌ", "CHI ỦY VIÊN", "", "Sa Ri Da"]),
        ],
         "truth": minute(
             meeting("regular", "2024-10-11", "19:00", "20:45", "nhà đồng chí Sa Ri Da", _CELL, _COMM),
             "Sa Ri Da", "Chi ủy viên", "Trần Thị Thu Sương",
             attendance(15, 11, 3, 2, 1, 1,
                        absentees=[("Mohamach Ly", "đi học lớp trung cấp lý luận chính trị", True),
                                   ("Nguyễn Văn Hai", "bệnh, nằm viện", True),
                                   ("Mách Ka Sêm", "không báo lý do", False)]),
             True,
             [vote("Tán thành kết luận tháng 10/2024", 11, pct=100)],
             [task("Tổ 2", "tổ chức dọn rác đoạn kênh cạnh chợ", "ngay khi nước rút"),
              task("Chi đoàn ấp", "lập tổ thanh niên tuần tra", "thứ Sáu, thứ Bảy hằng tuần"),
              task("Huỳnh Văn Đực", "theo dõi, tổng hợp thiệt hại nhà cửa của các hộ, báo cáo Ủy ban nhân dân xã",
                   "25/10/2024")],
             ["low_attendance", "unexcused_absence"])},
        # 4 — November: regular + Q4 thematic in 105 minutes; numbered conclusion with tasks.
        {"blocks": [
            C("BIÊN BẢN"),
            C("SINH HOẠT CHI BỘ THÁNG 11/2024 KẾT HỢP CHUYÊN ĐỀ QUÝ IV"),
            C("Chuyên đề: Phát huy tinh thần đoàn kết giữa đồng bào Chăm và đồng bào Kinh trên địa bàn ấp",
              bold=False, italic=True),
            G(4),
            P("Thời gian: từ 18 giờ 30 đến 20 giờ 15, ngày 07/11/2024. Địa điểm: Văn phòng ấp Phum Soài. Đảng "
              "viên dự họp: 14/14 đồng chí (01 đồng chí miễn sinh hoạt). Chủ trì: đồng chí Mohamach Ly – Bí thư chi "
              "bộ; thư ký: đồng chí Trần Thị Thu Sương."),
            P("Phần thứ nhất – sinh hoạt thường kỳ: nước đã rút; Tổ 2 dọn xong đoạn kênh cạnh chợ; tổ thanh niên "
              "tuần tra được 6 đêm, không còn tụ tập uống rượu khuya. Xã đã nhận báo cáo thiệt hại của ấp."),
            P("Phần thứ hai – sinh hoạt chuyên đề: đồng chí Nguyễn Văn Hai trình bày chuyên đề, nêu những việc làm "
              "tốt: bà con Chăm và Kinh cùng góp công đắp đê bao, cùng giúp 04 hộ di dời trong mùa nước; Ban đại "
              "diện thánh đường vận động bà con góp gạo cho hộ khó khăn không phân biệt dân tộc."),
            P("Ý kiến: đồng chí Sết Ly Mah đề nghị ngày hội đại đoàn kết năm nay có phần thi nấu món ăn Chăm và "
              "món ăn Kinh. Đồng chí Lê Văn Út đề nghị mời các bô lão hai bên cùng dự, kể chuyện xưa cho con cháu."),
            P("Ý kiến kết luận: đồng chí Bí thư tổng hợp và kết luận:"),
            P("1) Chi bộ biểu dương tinh thần đoàn kết của bà con trong mùa nước; tiếp tục duy trì việc các hộ Chăm "
              "và Kinh giúp nhau sửa nhà sau lũ."),
            P("2) Đồng chí Nguyễn Văn Hai hoàn thiện bản đăng ký làm theo gương Bác của chi bộ năm 2025, gửi Đảng ủy "
              "xã trước Tết Dương lịch."),
            P("3) Đồng chí Sết Ly Mah cùng Ban đại diện thánh đường chuẩn bị ngày hội đại đoàn kết toàn dân tộc của "
              "ấp, tổ chức vào ngày 15/11/2024."),
            P("4) Chi hội Phụ nữ ấp và Chi hội Nông dân ấp có trách nhiệm thăm hỏi 04 hộ di dời, hỗ trợ sửa nhà "
              "trong tháng 11."),
            P("Biểu quyết: 14/14 đồng chí tán thành, đạt tỷ lệ 100%."),
            P("Buổi sinh hoạt kết thúc lúc 20 giờ 15 phút. Biên bản đã được đọc lại và thông qua."),
            S(["THƯ KÝ", "", "Trần Thị Thu Sương"], ["BÍ THƯ", "", "Mohamach Ly"]),
        ],
         "truth": minute(
             meeting("regular", "2024-11-07", "18:30", "20:15", "Văn phòng ấp Phum Soài", _CELL, _COMM,
                     topic="Phát huy tinh thần đoàn kết giữa đồng bào Chăm và đồng bào Kinh trên địa bàn ấp"),
             "Mohamach Ly", "Bí thư chi bộ", "Trần Thị Thu Sương",
             attendance(15, 14, 0, 0, 0, 1),
             True,
             [vote("Tán thành kết luận tháng 11/2024 và chuyên đề quý IV", 14, pct=100)],
             [task("Nguyễn Văn Hai", "hoàn thiện bản đăng ký làm theo gương Bác của chi bộ năm 2025, gửi Đảng ủy xã",
                   "Tết Dương lịch"),
              task("Sết Ly Mah", "cùng Ban đại diện thánh đường chuẩn bị ngày hội đại đoàn kết toàn dân tộc của ấp",
                   "15/11/2024"),
              task("Chi hội Phụ nữ ấp", "thăm hỏi 04 hộ di dời, hỗ trợ sửa nhà", "tháng 11"),
              task("Chi hội Nông dân ấp", "thăm hỏi 04 hộ di dời, hỗ trợ sửa nhà", "tháng 11")],
             ["short_meeting"])},
        # 5 — December: Ka Sêm a third time; conclusion with tasks; nothing voted.
        {"blocks": [
            HD(_HD, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Châu Phong, ngày 12 tháng 12 năm 2024"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 12/2024"),
            G(4),
            P("Hôm nay, ngày 12/12/2024, từ 19 giờ 00 đến 20 giờ 40, tại Văn phòng ấp Phum Soài, chi bộ sinh hoạt "
              "thường kỳ tháng 12. Có mặt 13/14 đồng chí phải dự (01 đồng chí miễn sinh hoạt); vắng: đồng chí Mách "
              "Ka Sêm (vắng không lý do). Đồng chí Mohamach Ly, Bí thư chi bộ chủ trì; đồng chí Trần Thị Thu Sương "
              "làm thư ký."),
            P("Đồng chí Bí thư đánh giá tháng 11: ngày hội đại đoàn kết tổ chức ngày 15/11 có gần 600 bà con dự; "
              "Chi hội Phụ nữ và Chi hội Nông dân đã sửa xong 03/04 căn nhà. Đây là lần thứ ba trong năm đồng chí "
              "Mách Ka Sêm vắng họp không có lý do."),
            P("Ý kiến: đồng chí Phạm Thị Mỹ Dung đề nghị chi bộ sớm hướng dẫn cách viết bản kiểm điểm cuối năm cho "
              "đảng viên lớn tuổi. Đồng chí Ha Mít đề nghị chi bộ xem xét trường hợp đồng chí Mách Ka Sêm theo đúng "
              "Điều lệ Đảng."),
            P("Đồng chí Bí thư kết luận: chi bộ cơ bản hoàn thành nhiệm vụ năm 2024; tập trung kiểm điểm, đánh giá "
              "xếp loại cuối năm đúng thực chất. Giao hai đồng chí Nguyễn Văn Hai và Ha Mít đến gặp đồng chí Mách Ka "
              "Sêm, tìm hiểu hoàn cảnh, báo cáo chi bộ tại kỳ họp tháng 01/2025 để xem xét theo quy định. Các đảng "
              "viên hoàn thành bản kiểm điểm trước ngày 20/12/2024; đồng chí Trần Thị Thu Sương tổng hợp bản kiểm "
              "điểm, gửi Đảng ủy xã trước ngày 25/12/2024."),
            P("Biên bản được đọc lại và thông qua lúc 20 giờ 40 phút."),
            S(["THƯ KÝ", "", "Trần Thị Thu Sương"], ["BÍ THƯ", "", "Mohamach Ly"]),
        ],
         "truth": minute(
             meeting("regular", "2024-12-12", "19:00", "20:40", "Văn phòng ấp Phum Soài", _CELL, _COMM),
             "Mohamach Ly", "Bí thư chi bộ", "Trần Thị Thu Sương",
             attendance(15, 13, 1, 0, 1, 1, absentees=[("Mách Ka Sêm", "vắng không lý do", False)]),
             True,
             [],
             [task("Nguyễn Văn Hai", "đến gặp đồng chí Mách Ka Sêm, tìm hiểu hoàn cảnh", "kỳ họp tháng 01/2025"),
              task("Ha Mít", "đến gặp đồng chí Mách Ka Sêm, tìm hiểu hoàn cảnh", "kỳ họp tháng 01/2025"),
              task("Trần Thị Thu Sương", "tổng hợp bản kiểm điểm, gửi Đảng ủy xã", "25/12/2024")],
             ["missing_vote", "unexcused_absence"])},
    ],
})
