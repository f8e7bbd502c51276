"""Held-out set 17, writer t: cells of the South-Central coast, the Central Highlands, the South-East,
Hồ Chí Minh City and the Mekong delta, 2006 – 2026, meeting for business of their own. Written by hand;
every minute is worded on its own. All files are in dev/.

Files (name -> what varies -> minute flags / book flags):
- t01-daklak-ede-buon-admission-vote-clean -> Ê Đê buôn (Cư M'gar) 2019; regular meeting that also considers
  admitting a young woman: candidate and two introducers present, exempt member named, probationary member
  present who does not vote, secret ballot 12/12 of official members; serif 13 justified -> — / —
- t02-khanhhoa-ward-storm-extraordinary-short-novote -> Nha Trang fishing ward 2017, extraordinary meeting on
  the eve of storm Damrey (bão số 12), "V/v" line, 70 minutes, tasks with hour deadlines, no vote; sans 11.5
  ragged -> missing_vote, short_meeting / —
- t03-hcmc-hospital-yearend-grading-ballot-clean -> district hospital (Gò Vấp) 2019, year-end review and grading
  (Quy định 132): secret ballot for each "xuất sắc" member, a ruled 19-row grading table, a member on maternity
  leave graded on her written report; dvsans 10.5, running head right with rule, "- n -" -> — / —
- t04-bentre-power-discipline-ballot-unexcused -> state power company branch (Mỏ Cày Nam) 2022, discipline for
  riding after drinking: the member present and self-criticising, ballot khiển trách 09 / cảnh cáo 02, a member
  away without reason; "Số: 07-BB/CB", serif 12.5, "Trang n" -> unexcused_absence / —
- t05-dongnai-agency-midyear-review-nodiscussion-notasks -> district office (Trảng Bom) 2023, sơ kết 6 tháng in
  the July meeting, 09/09 present, "nhất trí với dự thảo, không có ý kiến khác", a general call and "Chi ủy sẽ
  phân công cụ thể sau"; sans 12 ragged, "n/N" -> missing_assignments, no_discussion / —
- t06-tayninh-police-army-joint-election-clean -> commune police cell and commune military cell (Tây Ninh after
  the 2025 merger), joint meeting before Tết Bính Ngọ and the 15/3/2026 election; counts per cell and combined,
  ranks before names, ruled task table with two people in one cell; serif 13, running head, "Trang n/N" -> — / —
- t07-binhduong-factory-hybrid-covid-low -> private footwear company (Tân Uyên) August 2021, "3 tại chỗ", main
  room plus Zoom, four away with reasons (20/24); dvsans 11 ragged -> low_attendance / —
- t08-travinh-khmer-hamlet-book-2014 -> Khmer hamlet cell (Cầu Ngang), book of 5 minutes Mar–Aug 2014, each
  after the first typed on under the previous signatures, only the first with a header; March regular +
  thematic; no May meeting (explained in June); deputy chairs in July; serif 12, "- n -" -> [—],
  [unexcused_absence], [low_attendance, unexcused_absence], [short_meeting], [unexcused_absence] /
  missing_month, no_thematic_in_quarter, repeated_absence (Sơn Văn Chanh in April, June, August)
- t09-binhthuan-borderguard-delegates-not-approved -> border-guard post cell (Bắc Bình) March 2020, electing two
  delegates to the post's Party congress: list voted, secret ballot of official members, one candidate not
  elected; ends with the closing time only; sans 11, running head on every page, "Trang n/N" -> not_approved / —
- t10-dalat-retired-typed-form-transfer-unfilled -> retired cadres' cell (Đà Lạt) 2006 typed into a printed
  form: membership moved in and out, news of the Tenth Congress; "Số: ……", guests "……", vote line "tán thành
  …… đ/c", "(Ký, ghi rõ họ tên)"; mono 10.5 -> missing_vote, unfilled_template / —
- t11-cantho-students-recognition-hybrid-clean -> university students' cell (Cần Thơ) Nov 2024, recognising a
  Khmer student as a full member (9/9 official members, 4 probationary do not vote), preparing the cell's own
  2025 – 2027 congress, two members over Teams; serif 12 ragged, "Trang n" -> — / —
- t12-khanhhoa-ward-storm-scan-moderate -> image-only twin of t02, moderate, 200 dpi -> as t02
- t13-dalat-retired-form-scan-photocopy -> image-only twin of t10, photocopy, 250 dpi -> as t10
- t14-angiang-school-postponed-flood-scan-noconclusion -> lower-secondary school cell (Tân Châu) 2011, the
  September meeting put off by the flood and held on 5 October; direction voted, tasks given, nobody sums up;
  scan only (no born-digital twin), moderate, 250 dpi -> missing_conclusion / —

Labelling decisions on top of the READMEs' "Labelling choices":
- Joint meeting of two cells (t06): `cell` / `party_committee` are the header's (the host cell); attendance is
  the page's combined count of both cells; the chair is the one written after "Chủ trì"; the other cell's
  Bí thư who reports is a member.
- Admission, recognition, discipline and delegate ballots of the official members are resolutions of their own,
  `for` = the ballots written; "không có phiếu không tán thành" is against 0. The admission candidate is a guest
  (role without "quần chúng" and without the bracketed note), never counted; introducers are counted members.
- Election of delegates (t09): the vote on the candidate list is one resolution; each elected delegate's ballot
  count is one (for = his ballots, percent as written); the candidate not elected gives none, and ballots not
  cast for a candidate are not `against`.
- Grading (t03): each "Hoàn thành xuất sắc nhiệm vụ" ballot written in prose is a resolution; the grading table
  is no vote; the member on maternity leave is an excused absentee. Discipline (t04): the form chosen gives the
  resolution (khiển trách 09, 81.8); ballots for "cảnh cáo" are not `against`.
- Postponed meeting (t14): month 9 from the title, date the day it was held; a vote on the month's direction
  without the chair's summing-up is a resolution with `missing_conclusion`.
- Extraordinary meeting (t02): regular, topic null, held to 90 min; "chi bộ thống nhất" inside the chair's
  conclusion with no count is no vote; approving the minutes is no vote.
- Form (t10): a vote line of dots is no vote; the unnamed absence "01 đ/c (có lý do)" is excused with no name.
- Deadlines: "xong trước 20 giờ ngày 03/11/2017" -> "20 giờ ngày 03/11/2017", "trong tối nay" -> "tối nay",
  "trong ba ngày Tết" -> "ba ngày Tết", "chậm nhất ngày 20/6/2022" -> "20/6/2022", table "Trước 10/02/2026" ->
  "10/02/2026", "Dịp Tết Bính Ngọ" as written; "buổi nói chuyện kỷ niệm ngày 19/5" is content, no deadline.
- Ranks, degrees and job prefixes are dropped from names ("Trung tá", "Thượng úy", "BS.CKII", "ĐD.", "ThS.").
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import HD, C, G, H, L, P, S, meeting, minute, task, vote

DOCS: list[dict] = []


def TB(cols, rows, **kw):
    return ("table", cols, rows, kw)


# =================================================================================================
# t01 — Đắk Lắk, Cư M'gar: an Ê Đê buôn; the monthly meeting also considers admitting a young
# woman to the Party. Candidate and introducers present; official members vote. Clean.
# =================================================================================================
DOCS.append({
    "name": "t01-daklak-ede-buon-admission-vote-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.22, "bottom": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN CƯ M'GAR", "ĐẢNG ỦY XÃ EA KPAM", "CHI BỘ BUÔN KRAI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ea Kpam, ngày 12 tháng 9 năm 2019"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2019"),
            C("(có nội dung xét, đề nghị kết nạp quần chúng ưu tú vào Đảng)", bold=False, italic=True),
            G(8),
            P("Hôm nay, vào lúc 19 giờ 00 phút ngày 12/9/2019, tại Nhà văn hóa cộng đồng buôn Krai, xã Ea Kpam, "
              "Chi bộ buôn Krai họp thường kỳ tháng 9 năm 2019, kết hợp xét, đề nghị kết nạp đảng viên."),
            H("I. THÀNH PHẦN"),
            P("- Tổng số đảng viên của chi bộ: 15 đồng chí (chính thức 14, dự bị 01). Được miễn sinh hoạt: 01 "
              "đồng chí (đồng chí Y Kô Niê, 82 tuổi, sức khỏe yếu)."),
            P("- Có mặt: 13 đồng chí, gồm 12 đảng viên chính thức và 01 đảng viên dự bị là đồng chí H' Mai Êban."),
            P("- Vắng: 01 đồng chí (đồng chí Y Thịnh Ayun đi làm cỏ cà phê ở Đắk Mil, có báo chi ủy)."),
            P("- Mời dự: đồng chí Lê Văn Thành, Đảng ủy viên phụ trách địa bàn buôn; quần chúng H' Nhung Mlô, "
              "Bí thư Chi đoàn thanh niên buôn Krai (người được xét đề nghị kết nạp). Hai đảng viên giới "
              "thiệu là đồng chí Y Bhin Niê và đồng chí Trần Thị Hồng đều có mặt."),
            P("- Chủ trì: đồng chí Y Wơn Êban, Bí thư chi bộ, Trưởng buôn."),
            P("- Thư ký: đồng chí Phạm Thị Thu Hà, Chi ủy viên."),
            H("II. NỘI DUNG"),
            H("1. Thông tin thời sự, văn bản mới"),
            P("Đồng chí Bí thư thông tin kết quả hội nghị Đảng ủy xã tháng 8; quán triệt Chỉ thị 35-CT/TW ngày "
              "30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng; tình hình "
              "bệnh dịch tả lợn châu Phi đã xuất hiện ở 4 xã trong huyện, buôn Krai chưa có ổ dịch."),
            H("2. Kết quả tháng 8/2019"),
            P("Cà phê đang thời kỳ nuôi quả, bà con làm cỏ, bón phân đợt 3 đúng lịch. 100% hộ chăn nuôi đã ký "
              "cam kết không mua bán, không giết mổ lợn bệnh. Vận động được 27 học sinh ra lớp đầu năm học "
              "2019 – 2020, không có em nào bỏ học. Đoạn đường bê tông từ ngã ba nhà ama Hiền đến bến nước "
              "Ea Krai dài 320 mét đã làm xong, dân góp 186 ngày công."),
            P("Hạn chế: còn 02 hộ thả rông lợn; trong lễ cúng lúa mới có nhóm thanh niên uống rượu gây ồn ào "
              "đến khuya, tổ an ninh nhắc nhở chưa kịp thời."),
            H("3. Xét, đề nghị kết nạp quần chúng H' Nhung Mlô"),
            P("Đồng chí Bí thư báo cáo tóm tắt lý lịch và quá trình rèn luyện của quần chúng H' Nhung Mlô, sinh "
              "năm 1996, dân tộc Ê Đê, tốt nghiệp cao đẳng sư phạm mầm non, giáo viên hợp đồng Trường Mầm non "
              "Hoa Ban, Bí thư Chi đoàn buôn từ năm 2017; đã học lớp bồi dưỡng nhận thức về Đảng (giấy chứng "
              "nhận tháng 4/2019); lý lịch đã được Đảng ủy xã thẩm tra, đủ điều kiện."),
            P("Quần chúng H' Nhung Mlô đọc đơn xin vào Đảng và báo cáo quá trình phấn đấu. Đồng chí Y Bhin Niê "
              "và đồng chí Trần Thị Hồng đọc giấy giới thiệu người vào Đảng: quần chúng nhiệt tình, được thanh "
              "niên trong buôn tin yêu, vận động được nhiều cháu ra lớp mẫu giáo; còn ngại phát biểu ở chỗ đông "
              "người, nói tiếng Kinh chưa mạnh dạn. Đồng chí Thư ký đọc nghị quyết giới thiệu đoàn viên ưu tú "
              "của Chi đoàn và ý kiến nhận xét của Chi hội Phụ nữ, của Ban nhân dân buôn nơi cư trú."),
            H("4. Ý kiến thảo luận"),
            P("- Đồng chí Nguyễn Văn Lộc: nhất trí đề nghị kết nạp; mong quần chúng sau khi vào Đảng giúp chi bộ "
              "dịch các văn bản, nghị quyết ra tiếng Ê Đê khi họp buôn, vì nhiều người già nghe tiếng Kinh chưa "
              "rõ."),
            P("- Đồng chí H' Mai Êban: đề nghị chi bộ có kế hoạch cho quần chúng tập nói trước đông người, như "
              "giao dẫn chương trình buổi sinh hoạt Chi đoàn."),
            P("- Đồng chí Y Bhin Niê: về dịch tả lợn, đề nghị buôn rải vôi bột ở hai đầu đường vào buôn, cấm "
              "người lạ vào mua lợn, ai có lợn ốm phải báo ngay, không tự bán chạy."),
            P("- Đồng chí Lê Văn Thành (Đảng ủy viên): ghi nhận chi bộ làm đúng quy trình xét kết nạp; đề nghị "
              "sau lễ kết nạp phân công ngay đảng viên giúp đỡ."),
            H("5. Biểu quyết đề nghị kết nạp"),
            P("Số đảng viên chính thức có mặt: 12 đồng chí (đồng chí H' Mai Êban là đảng viên dự bị, dự họp nhưng "
              "không biểu quyết). Chi bộ bỏ phiếu kín; kết quả: 12/12 đảng viên chính thức có mặt tán thành "
              "đề nghị kết nạp quần chúng H' Nhung Mlô vào Đảng, đạt 100%; không có phiếu không tán thành."),
            H("III. KẾT LUẬN"),
            P("Đồng chí Y Wơn Êban kết luận: chi bộ thống nhất đề nghị Đảng ủy xã xem xét, kết nạp quần chúng "
              "H' Nhung Mlô. Tháng 9 tập trung ba việc: giữ buôn sạch dịch tả lợn châu Phi; chăm sóc cà phê, "
              "chuẩn bị nhân lực thu hoạch sớm; giữ trật tự trong các lễ cúng, không để say rượu gây gổ."),
            P("Chi bộ biểu quyết thông qua kết luận: 13/13 đồng chí có mặt tán thành (100%)."),
            H("IV. PHÂN CÔNG"),
            P("- Đồng chí Phạm Thị Thu Hà hoàn chỉnh hồ sơ đề nghị kết nạp, trình Đảng ủy xã trước ngày 25/9/2019."),
            P("- Đồng chí Y Bhin Niê cùng Chi hội Nông dân kiểm tra chuồng trại từng hộ, rải vôi hai đầu đường "
              "vào buôn, hằng tuần."),
            P("- Đồng chí Trần Thị Hồng vận động 06 cháu 5 tuổi còn lại ra lớp mẫu giáo, xong trong tháng 9/2019."),
            P("- Đồng chí Y Wơn Êban gặp các trưởng dòng họ, nhắc thanh niên giữ trật tự trong các lễ cúng, xong "
              "trước ngày 20/9/2019."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản đã đọc lại trước chi bộ, các đồng "
              "chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "Phạm Thị Thu Hà"], ["T/M CHI BỘ", "BÍ THƯ", "Y Wơn Êban"]),
        ],
        "truth": minute(
            meeting("regular", "2019-09-12", "19:00", "21:15", "Nhà văn hóa cộng đồng buôn Krai, xã Ea Kpam",
                    "CHI BỘ BUÔN KRAI", "ĐẢNG ỦY XÃ EA KPAM"),
            "Y Wơn Êban", "Bí thư chi bộ", "Phạm Thị Thu Hà",
            attendance(15, 13, 1, 1, 0, 1,
                       [("Y Thịnh Ayun", "đi làm cỏ cà phê ở Đắk Mil, có báo chi ủy", True)],
                       [("Lê Văn Thành", "Đảng ủy viên phụ trách địa bàn buôn"),
                        ("H' Nhung Mlô", "Bí thư Chi đoàn thanh niên buôn Krai")]),
            True,
            [vote("Đề nghị kết nạp quần chúng H' Nhung Mlô (phiếu kín, đảng viên chính thức)", 12, 0, pct=100),
             vote("Kết luận tháng 9/2019", 13, pct=100)],
            [task("Phạm Thị Thu Hà", "hoàn chỉnh hồ sơ đề nghị kết nạp, trình Đảng ủy xã", "25/9/2019"),
             task("Y Bhin Niê", "cùng Chi hội Nông dân kiểm tra chuồng trại từng hộ, rải vôi hai đầu đường vào "
                  "buôn", "hằng tuần"),
             task("Trần Thị Hồng", "vận động 06 cháu 5 tuổi còn lại ra lớp mẫu giáo", "tháng 9/2019"),
             task("Y Wơn Êban", "gặp các trưởng dòng họ, nhắc thanh niên giữ trật tự trong các lễ cúng", "20/9/2019")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# t02 — Khánh Hòa, Nha Trang: a fishing ward's residential cell called together on the eve of storm
# Damrey (bão số 12, 2017). 70 minutes; tasks handed out, nothing put to a vote.
# =================================================================================================
DOCS.append({
    "name": "t02-khanhhoa-ward-storm-extraordinary-short-novote", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 3,
              "left": 72, "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG VĨNH TRƯỜNG", "CHI BỘ TỔ DÂN PHỐ CỬU LONG 3", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Trường, ngày 03 tháng 11 năm 2017"], bold_left=(1,)),
            G(10),
            C("BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG", size=13.5),
            C("V/v triển khai phòng, chống cơn bão số 12 (bão Damrey)", bold=False, italic=True),
            G(10),
            L("Thời gian: từ 17 giờ 00 phút đến 18 giờ 10 phút, ngày 03/11/2017."),
            L("Địa điểm: Hội trường Tổ dân phố Cửu Long 3."),
            L("Chủ trì: đồng chí Đoàn Văn Sáu – Bí thư chi bộ, Tổ trưởng tổ dân phố."),
            L("Ghi biên bản: đồng chí Nguyễn Thị Kim Loan – Phó Bí thư chi bộ."),
            L("Đảng viên: tổng số 21 đồng chí, miễn sinh hoạt 02 đồng chí; có mặt 18 đồng chí; vắng 01 đồng chí "
              "(đồng chí Lê Văn Tư đi biển, tàu đang neo tránh bão ở đảo Phú Quý)."),
            L("Dự họp có đồng chí Trương Minh Quang – Phó Chủ tịch UBND phường, phụ trách địa bàn tổ dân phố."),
            H("1. Tình hình cơn bão và nhiệm vụ cấp bách"),
            L("Đồng chí Bí thư thông báo: theo bản tin lúc 16 giờ của Trung tâm Dự báo khí tượng thủy văn Trung "
              "ương, bão số 12 mạnh cấp 12, giật cấp 15, đang di chuyển nhanh theo hướng Tây, dự kiến đổ bộ vào "
              "khu vực Phú Yên – Khánh Hòa trong đêm nay và rạng sáng 04/11. Thực hiện công điện khẩn của Ủy ban "
              "nhân dân tỉnh và chỉ đạo qua điện thoại của Thường trực Đảng ủy phường lúc 15 giờ, chi bộ họp "
              "bất thường để triển khai ngay."),
            L("Tình hình tổ dân phố: 406 hộ, trong đó 37 hộ ở nhà tạm, mái tôn sát mé biển; 14 tàu cá của tổ "
              "đã vào neo đậu tại cảng cá Hòn Rớ, 01 tàu đang tránh trú tại Phú Quý, đã liên lạc được; 09 hộ "
              "có lồng bè nuôi tôm hùm ở đầm Nha Phu, còn 05 người ở lại canh bè."),
            H("2. Ý kiến các đồng chí"),
            L("- Đồng chí Trương Minh Quang: phường yêu cầu di dời xong các hộ ở nhà tạm trước 20 giờ; điểm tránh "
              "trú là Trường Tiểu học Vĩnh Trường và nhà kiên cố của các hộ lân cận; kiên quyết không để người "
              "ở lại trên tàu, trên lồng bè, kể cả phải cưỡng chế."),
            L("- Đồng chí Hồ Văn Tám (Tổ trưởng tổ an ninh): tổ an ninh có 11 người, đề nghị chia ba nhóm theo "
              "ba con hẻm ven biển; cần thêm áo phao và đèn pin."),
            L("- Đồng chí Nguyễn Thị Kim Loan: Chi hội Phụ nữ đã có 40 thùng mì, 30 bình nước; đề nghị ưu tiên "
              "đưa người già, trẻ nhỏ, phụ nữ có thai đi trước."),
            L("- Đồng chí Phan Văn Hùng: năm người canh bè là chủ bè, sợ mất tôm nên chưa chịu vào; xin chi bộ "
              "cho đi cùng cán bộ phường ra vận động."),
            H("3. Kết luận"),
            L("Đồng chí Đoàn Văn Sáu kết luận: chi bộ thống nhất đặt an toàn tính mạng người dân lên trên hết; "
              "tối nay toàn bộ đảng viên có mặt tại tổ dân phố, không ai đi khỏi địa bàn; sau bão tập trung "
              "khắc phục, báo cáo thiệt hại trung thực, kịp thời."),
            H("4. Phân công"),
            L("- Đồng chí Hồ Văn Tám cùng tổ an ninh di dời 37 hộ ở nhà tạm đến Trường Tiểu học Vĩnh Trường, "
              "xong trước 20 giờ ngày 03/11/2017."),
            L("- Đồng chí Nguyễn Thị Kim Loan cùng Chi hội Phụ nữ lo nước uống, mì gói, chăn màn tại điểm tránh trú."),
            L("- Đồng chí Phan Văn Hùng cùng đồng chí Trương Minh Quang ra đầm vận động người canh bè vào bờ, "
              "xong trước 18 giờ 30 phút."),
            L("- Đồng chí Võ Thị Thanh Nhàn (Bí thư Chi đoàn) đưa đoàn viên giúp người già, neo đơn chằng chống "
              "nhà cửa trong tối nay."),
            L("- Đồng chí Đoàn Văn Sáu trực tại trụ sở tổ dân phố, báo cáo tình hình về phường hằng giờ."),
            L("Cuộc họp kết thúc lúc 18 giờ 10 phút. Biên bản được đọc lại cho các đồng chí dự họp nghe và nhất "
              "trí thông qua."),
            S(["NGƯỜI GHI BIÊN BẢN", "Nguyễn Thị Kim Loan"], ["BÍ THƯ CHI BỘ", "Đoàn Văn Sáu"]),
        ],
        "truth": minute(
            meeting("regular", "2017-11-03", "17:00", "18:10", "Hội trường Tổ dân phố Cửu Long 3",
                    "CHI BỘ TỔ DÂN PHỐ CỬU LONG 3", "ĐẢNG BỘ PHƯỜNG VĨNH TRƯỜNG"),
            "Đoàn Văn Sáu", "Bí thư chi bộ", "Nguyễn Thị Kim Loan",
            attendance(21, 18, 1, 1, 0, 2,
                       [("Lê Văn Tư", "đi biển, tàu đang neo tránh bão ở đảo Phú Quý", True)],
                       [("Trương Minh Quang", "Phó Chủ tịch UBND phường, phụ trách địa bàn tổ dân phố")]),
            True,
            [],
            [task("Hồ Văn Tám", "cùng tổ an ninh di dời 37 hộ ở nhà tạm đến Trường Tiểu học Vĩnh Trường",
                  "20 giờ ngày 03/11/2017"),
             task("Nguyễn Thị Kim Loan", "cùng Chi hội Phụ nữ lo nước uống, mì gói, chăn màn tại điểm tránh trú",
                  None),
             task("Phan Văn Hùng", "cùng đồng chí Trương Minh Quang ra đầm vận động người canh bè vào bờ",
                  "18 giờ 30 phút"),
             task("Võ Thị Thanh Nhàn", "đưa đoàn viên giúp người già, neo đơn chằng chống nhà cửa", "tối nay"),
             task("Đoàn Văn Sáu", "trực tại trụ sở tổ dân phố, báo cáo tình hình về phường", "hằng giờ")],
            ["missing_vote", "short_meeting"]),
    }],
    "flags": [],
    "scans": [{"name": "t12-khanhhoa-ward-storm-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 1712, "dpi": 200}],
})


# =================================================================================================
# t03 — Hồ Chí Minh City, Gò Vấp: a district hospital's cell grades its members for 2019 by secret
# ballot (Quy định 132-QĐ/TW); one member away on maternity leave, graded on her written report. Clean.
# =================================================================================================
GRADE_COLS = [(0.07, "TT", "c"), (0.36, "Họ và tên", "l"), (0.13, "Số phiếu", "c"),
              (0.44, "Mức xếp loại đề nghị", "l")]
DOCS.append({
    "name": "t03-hcmc-hospital-yearend-grading-ballot-clean", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": True, "indent": 22, "spacing": 1.38,
              "head": "Chi bộ Khối Nội – Kiểm điểm, xếp loại đảng viên năm 2019", "head_align": "right",
              "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ QUẬN GÒ VẤP", "ĐẢNG ỦY BỆNH VIỆN QUẬN GÒ VẤP", "CHI BỘ KHỐI NỘI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Gò Vấp, ngày 17 tháng 12 năm 2019"], bold_left=(2,)),
            G(8),
            C("BIÊN BẢN", size=13),
            C("HỌP CHI BỘ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG"),
            C("ĐẢNG VIÊN NĂM 2019"),
            G(8),
            P("Thực hiện Quy định số 132-QĐ/TW ngày 08/3/2018 của Bộ Chính trị, Hướng dẫn số 16-HD/BTCTW ngày "
              "15/10/2018 của Ban Tổ chức Trung ương và Kế hoạch của Đảng ủy Bệnh viện về kiểm điểm, đánh giá, "
              "xếp loại chất lượng tổ chức đảng và đảng viên năm 2019, hôm nay, lúc 13 giờ 30 phút ngày "
              "17/12/2019, tại Phòng giao ban Khoa Nội tổng hợp, Chi bộ Khối Nội tiến hành họp."),
            H("I. THÀNH PHẦN"),
            P("Chủ trì: BS.CKII Lâm Thị Ngọc Dung, Bí thư chi bộ, Trưởng khoa Nội tổng hợp. Thư ký: ĐD. Huỳnh "
              "Văn Phúc, Chi ủy viên, Điều dưỡng trưởng khoa Nội tim mạch."),
            P("Đảng viên của chi bộ: 19 đồng chí (17 chính thức, 02 dự bị). Có mặt: 18 đồng chí (16 chính thức, "
              "02 dự bị). Vắng: 01 đồng chí là đồng chí Nguyễn Thị Thanh Tâm (nghỉ thai sản), đã gửi bản tự "
              "kiểm điểm bằng văn bản. Không có đồng chí nào được miễn sinh hoạt, miễn kiểm điểm."),
            P("Dự và chỉ đạo: đồng chí Trần Quốc Bảo, Đảng ủy viên, Phó Giám đốc Bệnh viện."),
            H("II. NỘI DUNG"),
            H("1. Kiểm điểm tập thể chi ủy, chi bộ"),
            P("Đồng chí Bí thư trình bày báo cáo kiểm điểm tập thể năm 2019. Khối Nội khám, điều trị ngoại trú "
              "61.840 lượt, nội trú 7.215 lượt, công suất giường bình quân 112%; triển khai cấp số khám qua tổng "
              "đài và phần mềm, giảm thời gian chờ buổi sáng còn khoảng 45 phút; không để xảy ra sự cố y khoa "
              "nghiêm trọng; 02 đồng chí hoàn thành chương trình trung cấp lý luận chính trị; chi bộ kết nạp "
              "được 02 đảng viên. Hạn chế: quá tải vào sáng thứ Hai; sinh hoạt chuyên đề quý III còn đọc tài "
              "liệu là chính; một số đảng viên trẻ ngại tự phê bình."),
            H("2. Đảng viên tự kiểm điểm và góp ý"),
            P("Lần lượt 18 đồng chí có mặt đọc bản tự kiểm điểm; đồng chí Bí thư đọc thay bản kiểm điểm của "
              "đồng chí Nguyễn Thị Thanh Tâm. Các ý kiến góp ý tập trung:"),
            P("- Đồng chí Võ Thành Nhân góp ý đồng chí Đặng Quốc Khánh: chuyên môn vững nhưng nhiều lần chậm "
              "nộp báo cáo chỉ đạo tuyến về trạm y tế phường; khi trực đêm còn to tiếng với người nhà bệnh nhân, "
              "đã bị phản ánh qua đường dây nóng tháng 8."),
            P("- Đồng chí Hà Thị Mỹ Linh góp ý đồng chí Thái Văn Lâm: để xảy ra hai trường hợp kê đơn thuốc bảo "
              "hiểm y tế vượt quy định, bị Bảo hiểm xã hội xuất toán; đề nghị đồng chí nêu rõ nguyên nhân, "
              "không đổ lỗi cho phần mềm."),
            P("- Đồng chí Kha Văn Lực góp ý chi ủy: nên giao chỉ tiêu nghiên cứu khoa học cho cả đảng viên "
              "điều dưỡng, không chỉ bác sĩ."),
            P("- Đồng chí Trần Quốc Bảo phát biểu: đánh giá cao tinh thần thẳng thắn của buổi kiểm điểm; đề "
              "nghị chi bộ chấm đúng thực chất, không nể nang, không chạy theo thành tích."),
            P("Đồng chí Đặng Quốc Khánh và đồng chí Thái Văn Lâm tiếp thu, nhận khuyết điểm và hứa khắc phục."),
            H("3. Kết quả bỏ phiếu kín"),
            P("Ban kiểm phiếu: đồng chí Võ Thành Nhân (Trưởng ban), đồng chí Lý Thị Bích Thủy, đồng chí Phùng "
              "Gia Hào. Phiếu phát ra 16 (đảng viên chính thức có mặt), thu về 16, hợp lệ 16."),
            P("Đề nghị xếp loại \u201cHoàn thành xuất sắc nhiệm vụ\u201d: đồng chí Lâm Thị Ngọc Dung đạt 15/16 "
              "phiếu (93,8%); đồng chí Võ Thành Nhân đạt 14/16 phiếu (87,5%); đồng chí Hà Thị Mỹ Linh đạt 13/16 "
              "phiếu (81,3%). Số đề nghị xếp loại xuất sắc không vượt quá 20% số đảng viên hoàn thành tốt "
              "nhiệm vụ trở lên."),
            P("Kết quả đề nghị xếp loại từng đảng viên:"),
            TB(GRADE_COLS, [
                ["1", "Lâm Thị Ngọc Dung", "15/16", "Hoàn thành xuất sắc nhiệm vụ"],
                ["2", "Võ Thành Nhân", "14/16", "Hoàn thành xuất sắc nhiệm vụ"],
                ["3", "Hà Thị Mỹ Linh", "13/16", "Hoàn thành xuất sắc nhiệm vụ"],
                ["4", "Huỳnh Văn Phúc", "16/16", "Hoàn thành tốt nhiệm vụ"],
                ["5", "Kha Văn Lực", "16/16", "Hoàn thành tốt nhiệm vụ"],
                ["6", "Nguyễn Thị Thanh Tâm", "16/16", "Hoàn thành tốt nhiệm vụ"],
                ["7", "Trịnh Bảo Châu", "15/16", "Hoàn thành tốt nhiệm vụ"],
                ["8", "Lý Thị Bích Thủy", "16/16", "Hoàn thành tốt nhiệm vụ"],
                ["9", "Phùng Gia Hào", "15/16", "Hoàn thành tốt nhiệm vụ"],
                ["10", "Tô Thị Kim Hoa", "16/16", "Hoàn thành tốt nhiệm vụ"],
                ["11", "Mai Xuân Trường", "16/16", "Hoàn thành tốt nhiệm vụ"],
                ["12", "Dương Thị Ngọc Hân", "15/16", "Hoàn thành tốt nhiệm vụ"],
                ["13", "Quách Minh Tuấn", "16/16", "Hoàn thành tốt nhiệm vụ"],
                ["14", "Châu Thị Diễm My", "16/16", "Hoàn thành tốt nhiệm vụ"],
                ["15", "Lê Văn Hậu", "14/16", "Hoàn thành tốt nhiệm vụ"],
                ["16", "Nguyễn Ngọc Trâm Anh (dự bị)", "16/16", "Hoàn thành tốt nhiệm vụ"],
                ["17", "Bùi Thanh Sơn (dự bị)", "15/16", "Hoàn thành tốt nhiệm vụ"],
                ["18", "Đặng Quốc Khánh", "11/16", "Hoàn thành nhiệm vụ"],
                ["19", "Thái Văn Lâm", "12/16", "Hoàn thành nhiệm vụ"],
            ], size=9.5, head_center=True),
            P("Tổng hợp: hoàn thành xuất sắc nhiệm vụ 03 đồng chí; hoàn thành tốt nhiệm vụ 14 đồng chí; hoàn "
              "thành nhiệm vụ 02 đồng chí; không có đảng viên không hoàn thành nhiệm vụ."),
            H("III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Đồng chí Lâm Thị Ngọc Dung kết luận: buổi kiểm điểm đúng quy trình, có tự phê bình và phê bình "
              "thẳng thắn. Chi bộ đề nghị Đảng ủy Bệnh viện công nhận kết quả xếp loại trên; tự xếp loại tập "
              "thể chi bộ năm 2019 \u201cHoàn thành tốt nhiệm vụ\u201d. Năm 2020, trọng tâm là giảm quá tải sáng "
              "thứ Hai, kiểm soát kê đơn bảo hiểm y tế và đổi mới sinh hoạt chuyên đề."),
            P("Chi bộ biểu quyết thông qua kết luận và mức tự xếp loại tập thể: 16/16 đảng viên chính thức có "
              "mặt tán thành, đạt 100%."),
            H("IV. PHÂN CÔNG"),
            P("- Đồng chí Huỳnh Văn Phúc tổng hợp biên bản, phiếu và bản kiểm điểm, gửi Văn phòng Đảng ủy "
              "trước ngày 24/12/2019."),
            P("- Đồng chí Đặng Quốc Khánh và đồng chí Thái Văn Lâm viết bản cam kết khắc phục khuyết điểm, báo "
              "cáo chi bộ tại kỳ họp tháng 01/2020."),
            P("- Đồng chí Võ Thành Nhân xây dựng quy trình tiếp đón người bệnh sáng thứ Hai, hoàn thành trong "
              "tháng 01/2020."),
            P("Hội nghị kết thúc lúc 16 giờ 45 phút cùng ngày. Biên bản đã được đọc lại, 18/18 đồng chí có mặt "
              "nhất trí thông qua."),
            S(["THƯ KÝ", "Huỳnh Văn Phúc"], ["T/M CHI ỦY", "BÍ THƯ", "Lâm Thị Ngọc Dung"]),
        ],
        "truth": minute(
            meeting("regular", "2019-12-17", "13:30", "16:45", "Phòng giao ban Khoa Nội tổng hợp",
                    "CHI BỘ KHỐI NỘI", "ĐẢNG ỦY BỆNH VIỆN QUẬN GÒ VẤP"),
            "Lâm Thị Ngọc Dung", "Bí thư chi bộ", "Huỳnh Văn Phúc",
            attendance(19, 18, 1, 1, 0, 0, [("Nguyễn Thị Thanh Tâm", "nghỉ thai sản", True)],
                       [("Trần Quốc Bảo", "Đảng ủy viên, Phó Giám đốc Bệnh viện")]),
            True,
            [vote("Đề nghị xếp loại Hoàn thành xuất sắc nhiệm vụ: Lâm Thị Ngọc Dung", 15, pct=93.8),
             vote("Đề nghị xếp loại Hoàn thành xuất sắc nhiệm vụ: Võ Thành Nhân", 14, pct=87.5),
             vote("Đề nghị xếp loại Hoàn thành xuất sắc nhiệm vụ: Hà Thị Mỹ Linh", 13, pct=81.3),
             vote("Kết luận và tự xếp loại tập thể chi bộ Hoàn thành tốt nhiệm vụ", 16, pct=100)],
            [task("Huỳnh Văn Phúc", "tổng hợp biên bản, phiếu và bản kiểm điểm, gửi Văn phòng Đảng ủy",
                  "24/12/2019"),
             task("Đặng Quốc Khánh", "viết bản cam kết khắc phục khuyết điểm", "kỳ họp tháng 01/2020"),
             task("Thái Văn Lâm", "viết bản cam kết khắc phục khuyết điểm", "kỳ họp tháng 01/2020"),
             task("Võ Thành Nhân", "xây dựng quy trình tiếp đón người bệnh sáng thứ Hai", "tháng 01/2020")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# t04 — Bến Tre, Mỏ Cày Nam: the cell of a state power company's district branch disciplines a member
# caught riding after drinking; he is present and votes; secret ballot khiển trách / cảnh cáo; one
# member stays away without reason.
# =================================================================================================
DOCS.append({
    "name": "t04-bentre-power-discipline-ballot-unexcused", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 32, "spacing": 1.3,
              "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY ĐIỆN LỰC BẾN TRE", "CHI BỘ ĐIỆN LỰC MỎ CÀY NAM", "*", "Số: 07-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mỏ Cày Nam, ngày 15 tháng 6 năm 2022"], bold_left=(1,)),
            G(8),
            C("BIÊN BẢN", size=14),
            C("HỌP CHI BỘ XEM XÉT, THI HÀNH KỶ LUẬT ĐẢNG VIÊN"),
            G(8),
            P("Vào lúc 14 giờ 00 phút, ngày 15 tháng 6 năm 2022, tại phòng họp Điện lực Mỏ Cày Nam, Chi bộ Điện "
              "lực Mỏ Cày Nam họp để xem xét, thi hành kỷ luật đối với đồng chí Lưu Minh Trí, đảng viên chính "
              "thức, Tổ trưởng Tổ quản lý vận hành lưới điện khu vực Cẩm Sơn."),
            P("Chủ trì: đồng chí Trương Văn Nghĩa, Bí thư chi bộ, Giám đốc Điện lực."),
            P("Thư ký: đồng chí Nguyễn Thị Mộng Tuyền, Chi ủy viên."),
            P("Dự họp: đồng chí Phạm Hữu Đức, Ủy viên Ủy ban Kiểm tra Đảng ủy Công ty."),
            P("Tổng số đảng viên của chi bộ: 13 đồng chí, trong đó chính thức 12, dự bị 01. Có mặt: 12 đồng chí "
              "(chính thức 11, dự bị 01), có đồng chí Lưu Minh Trí. Vắng 01 đồng chí: Cao Văn Lũy, không có lý "
              "do."),
            H("I. NỘI DUNG VI PHẠM"),
            P("Đồng chí Phó Bí thư Trần Thị Bích Ngân đọc báo cáo của chi ủy: tối ngày 21/5/2022, sau tiệc "
              "đám giỗ tại xã Định Thủy, đồng chí Lưu Minh Trí điều khiển xe mô tô trên Quốc lộ 57, bị Tổ "
              "Cảnh sát giao thông Công an huyện kiểm tra, nồng độ cồn trong hơi thở vượt quá 0,4 miligam/1 "
              "lít khí thở; bị xử phạt vi phạm hành chính theo Nghị định số 100/2019/NĐ-CP, phạt tiền và tước "
              "giấy phép lái xe 22 tháng. Đồng chí đã không tự giác báo cáo với chi bộ; đến ngày 03/6/2022 chi "
              "ủy mới nhận được thông báo của Công an huyện."),
            P("Vi phạm nói trên trái với Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương "
              "về những điều đảng viên không được làm và chủ trương không uống rượu, bia khi tham gia giao "
              "thông mà Đảng ủy Công ty đã quán triệt; làm ảnh hưởng đến uy tín của đảng viên và của đơn vị."),
            H("II. ĐẢNG VIÊN VI PHẠM TỰ KIỂM ĐIỂM"),
            P("Đồng chí Lưu Minh Trí đọc bản tự kiểm điểm, thừa nhận toàn bộ vi phạm, nhận thức được việc không "
              "báo cáo là khuyết điểm thứ hai; tự nhận hình thức kỷ luật khiển trách; đã nộp phạt đầy đủ, "
              "hằng ngày nhờ đồng nghiệp chở đi làm."),
            H("III. Ý KIẾN THẢO LUẬN"),
            P("Đồng chí Huỳnh Văn Chiến: đồng chí Trí làm việc giỏi, từng được Tổng công ty khen trong đợt "
              "khắc phục sự cố lưới điện mùa mưa năm 2020, nhưng vi phạm là rõ; đề nghị khiển trách."),
            P("Đồng chí Đỗ Thị Thúy Vân: khuyết điểm không báo cáo chi bộ nặng hơn chuyện uống rượu; đề nghị "
              "cảnh cáo để làm gương cho anh em trẻ."),
            P("Đồng chí Lê Hoàng Phong: tổ vận hành hay phải đi sự cố ban đêm, có người uống rồi vẫn chạy xe "
              "đi; đề nghị chi bộ nhân dịp này nhắc nhở chung."),
            P("Đồng chí Phạm Hữu Đức phát biểu: chi bộ xem xét đúng thẩm quyền và quy trình; việc chọn hình thức "
              "là quyền của chi bộ, đề nghị cân nhắc cả thái độ nhận lỗi và thành tích của đảng viên."),
            H("IV. BIỂU QUYẾT HÌNH THỨC KỶ LUẬT"),
            P("Chi bộ bỏ phiếu kín. Phiếu phát ra 11 (đảng viên chính thức có mặt), thu về 11, hợp lệ 11. Kết "
              "quả: khiển trách 09 phiếu (81,8%); cảnh cáo 02 phiếu (18,2%)."),
            P("Căn cứ kết quả bỏ phiếu, chi bộ quyết định thi hành kỷ luật đồng chí Lưu Minh Trí bằng hình thức "
              "khiển trách."),
            H("V. KẾT LUẬN"),
            P("Đồng chí Trương Văn Nghĩa kết luận: đồng chí Trí phải nghiêm túc chấp hành quyết định kỷ luật, "
              "tiếp tục làm tốt nhiệm vụ tổ trưởng; từ nay, người nào uống rượu, bia thì không lái xe đi xử lý sự "
              "cố, trực ca phải có danh sách người đưa đón. Việc đồng chí Cao Văn Lũy vắng họp không lý do tại "
              "một cuộc họp kỷ luật là biểu hiện xem nhẹ sinh hoạt đảng, chi bộ sẽ kiểm điểm tại kỳ họp tháng 7."),
            P("Biểu quyết thông qua kết luận: 12/12 đồng chí có mặt tán thành."),
            H("VI. PHÂN CÔNG"),
            P("Giao đồng chí Nguyễn Thị Mộng Tuyền hoàn chỉnh quyết định, hồ sơ kỷ luật, báo cáo Đảng ủy Công "
              "ty và Ủy ban Kiểm tra Đảng ủy Công ty chậm nhất ngày 20/6/2022. Giao đồng chí Trần Thị Bích Ngân "
              "gặp đồng chí Cao Văn Lũy, yêu cầu viết tường trình lý do vắng họp, xong trong tuần này. Giao "
              "đồng chí Lê Hoàng Phong lập danh sách trực và người đưa đón của các tổ vận hành, xong trước "
              "ngày 30/6/2022."),
            P("Cuộc họp kết thúc lúc 16 giờ 00 phút cùng ngày. Biên bản được thông qua trước chi bộ, các đồng "
              "chí có mặt thống nhất với nội dung đã ghi."),
            S(["THƯ KÝ", "Nguyễn Thị Mộng Tuyền"], ["T/M CHI BỘ", "BÍ THƯ", "Trương Văn Nghĩa"]),
        ],
        "truth": minute(
            meeting("regular", "2022-06-15", "14:00", "16:00", "phòng họp Điện lực Mỏ Cày Nam",
                    "CHI BỘ ĐIỆN LỰC MỎ CÀY NAM", "ĐẢNG BỘ CÔNG TY ĐIỆN LỰC BẾN TRE"),
            "Trương Văn Nghĩa", "Bí thư chi bộ", "Nguyễn Thị Mộng Tuyền",
            attendance(13, 12, 1, 0, 1, 0, [("Cao Văn Lũy", "không có lý do", False)],
                       [("Phạm Hữu Đức", "Ủy viên Ủy ban Kiểm tra Đảng ủy Công ty")]),
            True,
            [vote("Kỷ luật đồng chí Lưu Minh Trí bằng hình thức khiển trách (phiếu kín)", 9, pct=81.8),
             vote("Kết luận", 12)],
            [task("Nguyễn Thị Mộng Tuyền", "hoàn chỉnh quyết định, hồ sơ kỷ luật, báo cáo Đảng ủy Công ty và Ủy "
                  "ban Kiểm tra Đảng ủy Công ty", "20/6/2022"),
             task("Trần Thị Bích Ngân", "gặp đồng chí Cao Văn Lũy, yêu cầu viết tường trình lý do vắng họp",
                  "tuần này"),
             task("Lê Hoàng Phong", "lập danh sách trực và người đưa đón của các tổ vận hành",
                  "30/6/2022")],
            ["unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# t05 — Đồng Nai, Trảng Bom: a district office's cell holds its mid-year review (sơ kết 6 tháng) in the
# July meeting. Full attendance, a real conclusion and vote, but no opinion written down and no task
# given to anyone named.
# =================================================================================================
DOCS.append({
    "name": "t05-dongnai-agency-midyear-review-nodiscussion-notasks", "folder": "dev",
    "style": {"family": "sans", "size": 12, "justify": False, "indent": 24, "spacing": 1.3, "foot": "{n}/{N}",
              "left": 78, "right": 58},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN TRẢNG BOM", "ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN", "CHI BỘ PHÒNG TÀI NGUYÊN",
                "VÀ MÔI TRƯỜNG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Trảng Bom, ngày 05 tháng 7 năm 2023"], bold_left=(2, 3)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7 NĂM 2023", size=13),
            C("(Sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023)", bold=False,
              italic=True, size=11.5),
            G(8),
            L("1. Thời gian: 08 giờ 00, thứ Tư, ngày 05/7/2023."),
            L("2. Địa điểm: Phòng họp tầng 2, Phòng Tài nguyên và Môi trường huyện."),
            L("3. Thành phần: đảng viên có mặt 09/09 đồng chí."),
            L("Chủ trì: đồng chí Đinh Thị Bảo Yến, Bí thư chi bộ, Trưởng phòng."),
            L("Thư ký: đồng chí Lâm Cẩm Vinh."),
            H("I. THÔNG TIN, QUÁN TRIỆT"),
            P("Đồng chí Bí thư thông tin kết quả Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khóa XIII; kết "
              "quả kỳ họp thứ 5 Quốc hội khóa XV, trong đó dự án Luật Đất đai (sửa đổi) chưa được thông qua, "
              "chuyển sang kỳ họp thứ 6; tổng hợp ý kiến nhân dân trên địa bàn huyện góp ý dự thảo luật trong "
              "đợt lấy ý kiến từ ngày 03/01 đến ngày 15/3/2023."),
            H("II. SƠ KẾT 6 THÁNG ĐẦU NĂM 2023"),
            P("Đồng chí Bí thư trình bày dự thảo báo cáo sơ kết. Về chuyên môn: thẩm định, trình cấp 1.946 giấy "
              "chứng nhận quyền sử dụng đất, đạt 58% kế hoạch năm; giải quyết 212/230 hồ sơ tồn đọng trễ hạn từ "
              "năm 2022; phối hợp các xã lập hồ sơ xử lý 18 trường hợp xây dựng trái phép trên đất nông nghiệp; "
              "xóa 04 điểm tập kết rác tự phát dọc đường vào Khu công nghiệp Bàu Xéo. Về xây dựng Đảng: 09/09 "
              "đảng viên học tập chuyên đề năm 2023 và đăng ký làm theo; chi bộ giới thiệu 01 quần chúng đi "
              "học lớp bồi dưỡng nhận thức về Đảng; duy trì sinh hoạt đúng kỳ."),
            P("Hạn chế: còn 18 hồ sơ trễ hạn; việc trả kết quả qua dịch vụ công trực tuyến còn thấp; 01 công "
              "chức bị Thanh tra tỉnh nhắc nhở vì hướng dẫn hồ sơ tách thửa chưa đúng quy định."),
            P("Nhiệm vụ 6 tháng cuối năm: giải quyết dứt điểm hồ sơ trễ hạn; phấn đấu cấp thêm 1.400 giấy "
              "chứng nhận; chuẩn bị kiểm kê đất đai, lập bản đồ hiện trạng sử dụng đất năm 2024; tăng tiếp nhận "
              "hồ sơ trực tuyến; kiểm tra các điểm khai thác đất trái phép vào mùa mưa."),
            H("III. THẢO LUẬN"),
            P("Chi bộ thảo luận, các đồng chí đều nhất trí với dự thảo báo cáo sơ kết, không có ý kiến khác."),
            H("IV. KẾT LUẬN"),
            P("Đồng chí Đinh Thị Bảo Yến kết luận: chi bộ ghi nhận kết quả 6 tháng đầu năm; 6 tháng cuối năm "
              "tập trung lãnh đạo ba việc trọng tâm: không để phát sinh thêm hồ sơ trễ hạn, xem đây là tiêu chí "
              "đánh giá đảng viên cuối năm; hoàn thành chỉ tiêu cấp giấy chứng nhận; chấn chỉnh việc hướng dẫn "
              "tách thửa, không để bị nhắc nhở lần thứ hai. Đề nghị các đồng chí đảng viên nêu cao tinh thần "
              "trách nhiệm, thực hiện tốt nhiệm vụ được giao. Chi ủy sẽ phân công cụ thể sau."),
            P("Chi bộ biểu quyết thông qua báo cáo sơ kết và kết luận với tỷ lệ 100%."),
            P("Buổi sinh hoạt kết thúc lúc 10 giờ 00 cùng ngày. Biên bản đã được thông qua tại cuộc họp."),
            S(["THƯ KÝ", "Lâm Cẩm Vinh"], ["BÍ THƯ", "Đinh Thị Bảo Yến"]),
        ],
        "truth": minute(
            meeting("regular", "2023-07-05", "08:00", "10:00", "Phòng họp tầng 2, Phòng Tài nguyên và Môi trường huyện",
                    "CHI BỘ PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN"),
            "Đinh Thị Bảo Yến", "Bí thư chi bộ", "Lâm Cẩm Vinh",
            attendance(9, 9, 0, 0, 0, 0),
            True,
            [vote("Báo cáo sơ kết 6 tháng đầu năm và kết luận", pct=100)],
            [],
            ["missing_assignments", "no_discussion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# t06 — Tây Ninh (after the 2025 merger), a border commune: joint meeting of the commune police cell
# and the commune military cell before Tết Bính Ngọ and the election of 15/3/2026. Counts per cell,
# ranks before names, a ruled task table with two people in one cell. Clean.
# =================================================================================================
DOCS.append({
    "name": "t06-tayninh-police-army-joint-election-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 36, "spacing": 1.25, "left": 85,
              "right": 57, "head": "Biên bản họp liên tịch tháng 02/2026 – Chi bộ Công an xã, Chi bộ Quân sự xã",
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ TÂN ĐÔNG", "CHI BỘ CÔNG AN XÃ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Đông, ngày 03 tháng 02 năm 2026"], bold_left=(1,)),
            G(6),
            C("BIÊN BẢN", size=14.5),
            C("HỌP LIÊN TỊCH CHI BỘ CÔNG AN XÃ VÀ CHI BỘ QUÂN SỰ XÃ"),
            C("V/v phối hợp bảo đảm an ninh, trật tự dịp Tết Nguyên đán Bính Ngọ và cuộc bầu cử đại biểu Quốc "
              "hội khóa XVI, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031", bold=False, italic=True,
              size=12),
            G(6),
            P("Hôm nay, lúc 14 giờ 00 phút ngày 03/02/2026, tại Hội trường Công an xã Tân Đông, Chi bộ Công an "
              "xã và Chi bộ Quân sự xã họp liên tịch."),
            H("I. THÀNH PHẦN"),
            P("- Chi bộ Công an xã: 11 đảng viên, có mặt 11/11."),
            P("- Chi bộ Quân sự xã: 06 đảng viên, có mặt 05/06; vắng đồng chí Nguyễn Hoàng Phúc (đang trực tại "
              "chốt dân quân biên giới, có báo cáo)."),
            P("- Cộng chung hai chi bộ: 17 đảng viên, có mặt 16, đạt 94,1%."),
            P("- Khách mời: đồng chí Nguyễn Văn Hiếu, Phó Bí thư Thường trực Đảng ủy xã; Thiếu tá Đặng Hữu Tài, "
              "Đồn trưởng Đồn Biên phòng Kà Tum."),
            P("- Chủ trì: Trung tá Lê Quang Vũ, Bí thư Chi bộ Công an xã, Trưởng Công an xã."),
            P("- Thư ký: Đại úy Trịnh Thị Thanh Hằng, Chi ủy viên Chi bộ Công an xã."),
            H("II. NỘI DUNG"),
            H("1. Tình hình tháng 01/2026", bold=False, italic=True),
            P("Đồng chí Lê Quang Vũ báo cáo: trong tháng xảy ra 02 vụ trộm cắp tài sản (đã làm rõ 01 vụ), 01 vụ "
              "đánh nhau gây thương tích tại quán nhậu ấp Tân Khai; phối hợp Đồn Biên phòng phát hiện 03 vụ "
              "vận chuyển đường cát, thuốc lá điếu nhập lậu qua đường mòn, thu giữ 45 kg pháo nổ; công tác cấp "
              "căn cước và kích hoạt định danh điện tử mức 2 đạt 96% số công dân đủ điều kiện; các tổ bảo vệ an "
              "ninh, trật tự ở cơ sở duy trì tuần tra ban đêm."),
            P("Đồng chí Võ Minh Luân, Bí thư Chi bộ Quân sự xã, Chỉ huy trưởng Ban Chỉ huy Quân sự xã báo cáo: "
              "xã có 18 thanh niên trúng tuyển nghĩa vụ quân sự năm 2026, đã tổ chức gặp mặt, động viên gia "
              "đình; dân quân thường trực duy trì 02 chốt trên tuyến biên giới; lực lượng dân quân đã huấn "
              "luyện xong nội dung năm."),
            H("2. Nhiệm vụ phối hợp", bold=False, italic=True),
            P("Dịp Tết Nguyên đán Bính Ngọ và cuộc bầu cử ngày 15/3/2026, địa bàn dự báo tăng vận chuyển hàng "
              "lậu, pháo nổ, lao động từ các tỉnh về quê và người nước ngoài qua lại cửa khẩu; xã có 12 khu vực "
              "bỏ phiếu, trong đó 03 khu vực ở ấp giáp biên."),
            H("3. Thảo luận", bold=False, italic=True),
            P("- Đồng chí Trần Văn Sang (Công an xã): đường mòn qua rẫy mì ở ấp Đồng Rùm là điểm nóng, đề nghị "
              "ghép tổ tuần tra chung công an – dân quân, đi đêm thay đổi giờ giấc, không theo lịch cố định."),
            P("- Đồng chí Huỳnh Thị Bé Tư (Quân sự xã): dân quân nữ có thể phụ trách tuyên truyền bầu cử ở các "
              "hộ người Khmer và hộ theo đạo Cao Đài; cần tờ rơi song ngữ."),
            P("- Đồng chí Nguyễn Văn Hiếu: Đảng ủy xã yêu cầu hai chi bộ coi bảo vệ bầu cử là nhiệm vụ chính "
              "trị trọng tâm quý I; mỗi khu vực bỏ phiếu phải có phương án riêng, kể cả phương án mất điện."),
            P("- Đồng chí Đặng Hữu Tài: Đồn sẽ chia sẻ thông tin đối tượng nghi vấn qua lại biên giới, đề nghị "
              "công an xã thông báo ngay khi có người lạ tạm trú tại các cơ sở chế biến mì."),
            H("III. KẾT LUẬN"),
            P("Đồng chí chủ trì kết luận: hai chi bộ thống nhất thành lập tổ tuần tra chung, trực 24/24 giờ từ "
              "ngày 10/02/2026 đến hết ngày bầu cử; không để xảy ra đốt pháo nổ, tụ tập gây rối trong dịp Tết; "
              "bảo vệ tuyệt đối an toàn 12 khu vực bỏ phiếu. Hội nghị biểu quyết thông qua kết luận: 16/16 đồng "
              "chí có mặt tán thành, đạt 100%."),
            P("Phân công cụ thể như sau:"),
            TB([(0.07, "TT", "c"), (0.45, "Nội dung công việc", "l"), (0.27, "Người thực hiện", "l"),
                (0.21, "Thời gian", "l")], [
                ["1", "Lập kế hoạch và tổ chức tuần tra chung trên các đường mòn, lối mở biên giới",
                 "Đ/c Võ Minh Luân, đ/c Trần Văn Sang", "Trước 10/02/2026"],
                ["2", "Vận động 100% hộ gia đình ký cam kết không tàng trữ, đốt pháo nổ", "Đ/c Lý Văn Nghĩa",
                 "Dịp Tết Bính Ngọ"],
                ["3", "Xây dựng phương án bảo vệ 12 khu vực bỏ phiếu, kể cả phương án mất điện",
                 "Đ/c Lê Quang Vũ", "28/02/2026"],
                ["4", "Đối chiếu dữ liệu dân cư với danh sách cử tri đã niêm yết, báo cáo các trường hợp sai sót",
                 "Đ/c Trịnh Thị Thanh Hằng", "Trước 10/02/2026"],
                ["5", "Tuyên truyền bầu cử bằng tờ rơi song ngữ Việt – Khmer tại các ấp giáp biên",
                 "Đ/c Huỳnh Thị Bé Tư", "Thường xuyên"],
            ], size=12),
            P("Cuộc họp kết thúc lúc 16 giờ 10 phút. Biên bản đã được đọc lại và được các đồng chí dự họp nhất "
              "trí thông qua."),
            S(["THƯ KÝ", "Trịnh Thị Thanh Hằng"], ["CHỦ TRÌ", "BÍ THƯ CHI BỘ CÔNG AN XÃ", "Lê Quang Vũ"]),
        ],
        "truth": minute(
            meeting("regular", "2026-02-03", "14:00", "16:10", "Hội trường Công an xã Tân Đông",
                    "CHI BỘ CÔNG AN XÃ", "ĐẢNG BỘ XÃ TÂN ĐÔNG"),
            "Lê Quang Vũ", "Bí thư Chi bộ Công an xã", "Trịnh Thị Thanh Hằng",
            attendance(17, 16, 1, 1, 0, 0,
                       [("Nguyễn Hoàng Phúc", "đang trực tại chốt dân quân biên giới, có báo cáo", True)],
                       [("Nguyễn Văn Hiếu", "Phó Bí thư Thường trực Đảng ủy xã"),
                        ("Đặng Hữu Tài", "Đồn trưởng Đồn Biên phòng Kà Tum")]),
            True,
            [vote("Kết luận họp liên tịch", 16, pct=100)],
            [task("Võ Minh Luân", "Lập kế hoạch và tổ chức tuần tra chung trên các đường mòn, lối mở biên giới",
                  "10/02/2026"),
             task("Trần Văn Sang", "Lập kế hoạch và tổ chức tuần tra chung trên các đường mòn, lối mở biên giới",
                  "10/02/2026"),
             task("Lý Văn Nghĩa", "Vận động 100% hộ gia đình ký cam kết không tàng trữ, đốt pháo nổ",
                  "Dịp Tết Bính Ngọ"),
             task("Lê Quang Vũ", "Xây dựng phương án bảo vệ 12 khu vực bỏ phiếu, kể cả phương án mất điện",
                  "28/02/2026"),
             task("Trịnh Thị Thanh Hằng", "Đối chiếu dữ liệu dân cư với danh sách cử tri đã niêm yết, báo cáo "
                  "các trường hợp sai sót", "10/02/2026"),
             task("Huỳnh Thị Bé Tư", "Tuyên truyền bầu cử bằng tờ rơi song ngữ Việt – Khmer tại các ấp giáp "
                  "biên", "Thường xuyên")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# t07 — Bình Dương, Tân Uyên: a private footwear company's cell meets half in the factory (workers
# living on site under "3 tại chỗ") and half over Zoom, August 2021. Four away, all with reasons:
# 20 of 24 present.
# =================================================================================================
DOCS.append({
    "name": "t07-binhduong-factory-hybrid-covid-low", "folder": "dev",
    "style": {"family": "dvsans", "size": 11, "justify": False, "indent": 0, "spacing": 1.4, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THỊ XÃ TÂN UYÊN", "ĐẢNG ỦY PHƯỜNG KHÁNH BÌNH", "CHI BỘ CÔNG TY TNHH",
                "GIÀY DA PHÚ THÀNH"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Khánh Bình, ngày 14 tháng 8 năm 2021"], bold_left=(2, 3)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8/2021", size=13),
            C("(Hình thức trực tiếp kết hợp trực tuyến)", bold=False, italic=True),
            G(8),
            L("Thời gian: 19 giờ 30 phút, ngày 14/8/2021."),
            L("Điểm cầu chính: phòng họp xưởng B, Công ty TNHH Giày da Phú Thành (khu sản xuất \u201c3 tại "
              "chỗ\u201d). Các đồng chí ở nhà, ở phòng trọ dự qua phần mềm Zoom."),
            L("Chủ trì: đồng chí Lê Thị Thu Hương, Bí thư chi bộ, Giám đốc nhân sự (tại điểm cầu chính)."),
            L("Thư ký: đồng chí Nguyễn Đình Khoa (tại điểm cầu chính)."),
            L("Dự họp trực tuyến có đồng chí Hà Văn Bình, Phó Bí thư Đảng ủy phường."),
            L("Tổng số đảng viên: 24. Dự họp: 20 đồng chí (tại điểm cầu chính 11, trực tuyến 09), đạt 83,3%. "
              "Vắng 04 đồng chí, đều có lý do: đồng chí Phan Thị Ngọc Ánh và đồng chí Đỗ Văn Khải đang điều trị "
              "COVID-19 tại bệnh viện dã chiến; đồng chí Võ Thị Hạnh chăm con là F0 tại khu cách ly; đồng chí "
              "Triệu Văn Sìn cách ly tập trung, không có sóng điện thoại."),
            H("1. Tình hình đơn vị trong tháng"),
            L("Thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ về giãn cách xã hội trên toàn tỉnh, công ty "
              "duy trì sản xuất theo phương án \u201c3 tại chỗ\u201d với 1.180/5.600 lao động; 4.420 lao động "
              "tạm ngừng việc. Từ ngày 25/7 đến nay có 37 công nhân là F0 đã được đưa đi điều trị, trong đó 02 "
              "đảng viên; 3.960 lao động đã tiêm vắc xin mũi 1. Chi bộ vận động đảng viên góp tiền, cùng Công "
              "đoàn trao 146 túi an sinh cho công nhân ở phòng trọ khu phố Khánh Lộc."),
            L("Hạn chế: hồ sơ hỗ trợ theo Nghị quyết 68/NQ-CP mới lập được cho 2.900 người; bữa ăn của công nhân "
              "ở lại xưởng chưa đủ chất; một số đảng viên làm việc ở nhà ít tham gia hoạt động của chi bộ."),
            H("2. Ý kiến thảo luận"),
            L("- Đồng chí Lò Văn Thắng (trực tuyến): nhiều công nhân ở trọ khu phố Khánh Lộc hết gạo, chủ trọ chưa "
              "giảm tiền phòng; đề nghị Công đoàn và phường cùng làm việc với chủ trọ."),
            L("- Đồng chí Trần Thị Mỹ Lệ (Chủ tịch Công đoàn cơ sở): danh sách hỗ trợ còn vướng ở người lao động "
              "không có sổ bảo hiểm xã hội; xin chi bộ giao thêm người giúp nhập liệu."),
            L("- Đồng chí Mai Văn Khôi (tại điểm cầu chính): công nhân ở lại xưởng hơn ba tuần đã mệt, có người "
              "đòi về; cần tăng tiền ăn ca và cho gọi điện thoại video về gia đình."),
            L("- Đồng chí Hà Văn Bình: phường ghi nhận công ty giữ được sản xuất; đề nghị chi bộ báo ngay khi "
              "có ca F0 mới để phường phối hợp khoanh vùng."),
            H("3. Kết luận của đồng chí chủ trì"),
            L("Tháng 8, chi bộ tập trung: giữ an toàn khu sản xuất \u201c3 tại chỗ\u201d, xét nghiệm định kỳ; "
              "hoàn thành hồ sơ hỗ trợ cho toàn bộ lao động ngừng việc; chăm lo người lao động ở trọ, không để ai "
              "thiếu ăn; đảng viên làm việc ở nhà giữ liên lạc hằng ngày với tổ đảng."),
            L("Biểu quyết (giơ tay tại điểm cầu chính và bấm chọn trên phần mềm): 20/20 đồng chí tán thành."),
            H("4. Phân công"),
            L("- Đồng chí Trần Thị Mỹ Lệ hoàn thành hồ sơ hỗ trợ theo Nghị quyết 68/NQ-CP cho người lao động "
              "ngừng việc, nộp Bảo hiểm xã hội thị xã trước ngày 25/8/2021."),
            L("- Đồng chí Nguyễn Đình Khoa cử 02 nhân viên văn phòng giúp Công đoàn nhập liệu."),
            L("- Đồng chí Lò Văn Thắng cùng Đoàn thanh niên lập danh sách công nhân ở trọ thiếu lương thực, "
              "chuyển túi an sinh trong tuần tới."),
            L("- Đồng chí Mai Văn Khôi bố trí chỗ nghỉ và giờ gọi điện thoại video cho công nhân ở lại xưởng, "
              "hằng tối."),
            L("- Đồng chí Lê Thị Thu Hương đề xuất Ban Giám đốc tăng tiền ăn ca cho công nhân ở lại xưởng."),
            L("Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút. Biên bản được đọc lại qua phần mềm, các đồng chí dự "
              "họp nhất trí thông qua."),
            S(["THƯ KÝ", "Nguyễn Đình Khoa"], ["BÍ THƯ CHI BỘ", "Lê Thị Thu Hương"]),
        ],
        "truth": minute(
            meeting("regular", "2021-08-14", "19:30", "21:10", "phòng họp xưởng B, Công ty TNHH Giày da Phú Thành",
                    "CHI BỘ CÔNG TY TNHH GIÀY DA PHÚ THÀNH", "ĐẢNG ỦY PHƯỜNG KHÁNH BÌNH"),
            "Lê Thị Thu Hương", "Bí thư chi bộ", "Nguyễn Đình Khoa",
            attendance(24, 20, 4, 4, 0, 0,
                       [("Phan Thị Ngọc Ánh", "đang điều trị COVID-19 tại bệnh viện dã chiến", True),
                        ("Đỗ Văn Khải", "đang điều trị COVID-19 tại bệnh viện dã chiến", True),
                        ("Võ Thị Hạnh", "chăm con là F0 tại khu cách ly", True),
                        ("Triệu Văn Sìn", "cách ly tập trung, không có sóng điện thoại", True)],
                       [("Hà Văn Bình", "Phó Bí thư Đảng ủy phường")]),
            True,
            [vote("Kết luận tháng 8/2021", 20)],
            [task("Trần Thị Mỹ Lệ", "hoàn thành hồ sơ hỗ trợ theo Nghị quyết 68/NQ-CP cho người lao động ngừng "
                  "việc, nộp Bảo hiểm xã hội thị xã", "25/8/2021"),
             task("Nguyễn Đình Khoa", "cử 02 nhân viên văn phòng giúp Công đoàn nhập liệu", None),
             task("Lò Văn Thắng", "cùng Đoàn thanh niên lập danh sách công nhân ở trọ thiếu lương thực, chuyển "
                  "túi an sinh", "tuần tới"),
             task("Mai Văn Khôi", "bố trí chỗ nghỉ và giờ gọi điện thoại video cho công nhân ở lại xưởng",
                  "hằng tối"),
             task("Lê Thị Thu Hương", "đề xuất Ban Giám đốc tăng tiền ăn ca cho công nhân ở lại xưởng", None)],
            ["low_attendance"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# t08 — Trà Vinh, Cầu Ngang: the minute book of a Khmer hamlet's cell, March – August 2014. Five
# minutes typed on one after another (each starts under the previous signatures). No meeting in May;
# the only thematic meeting is in March, so the second quarter has none; Sơn Văn Chanh is away
# without reason in April, June and August. The Phó Bí thư chairs in July.
# =================================================================================================
SR = ("CHI BỘ ẤP SÓC RUỘNG", "ĐẢNG ỦY XÃ LONG SƠN")
SR_TOPIC = ("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về nâng cao ý thức trách nhiệm, hết lòng, hết "
            "sức phụng sự Tổ quốc, phục vụ nhân dân")
DOCS.append({
    "name": "t08-travinh-khmer-hamlet-book-2014", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.25, "foot": "- {n} -",
              "top": 50, "bottom": 55},
    "between": 20,
    "minutes": [
        # ---------------------------------------------------------------- March: regular + thematic
        {"blocks": [
            HD(["ĐẢNG BỘ HUYỆN CẦU NGANG", "ĐẢNG ỦY XÃ LONG SƠN", "CHI BỘ ẤP SÓC RUỘNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Sơn, ngày 07 tháng 3 năm 2014"], bold_left=(2,)),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2014", size=13),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ I"),
            C("Chuyên đề: " + SR_TOPIC, bold=False, italic=True),
            G(4),
            P("Thời gian: từ 07 giờ 30 phút đến 10 giờ 00 phút, ngày 07/3/2014. Địa điểm: Văn phòng ấp Sóc "
              "Ruộng. Chủ trì: đồng chí Thạch Sang, Bí thư chi bộ. Thư ký: đồng chí Kim Thị Sa Phol, Chi ủy viên."),
            P("Tổng số đảng viên 16 đồng chí; miễn sinh hoạt 01 đồng chí (đồng chí Thạch Văn Rạch, 78 tuổi); có "
              "mặt 15/15 đồng chí. Dự họp có đồng chí Trầm Văn Ni, Đảng ủy viên, Chủ tịch Hội Nông dân xã."),
            H("Phần thứ nhất: sinh hoạt thường kỳ"),
            P("Tháng 2: ấp thu hoạch xong 185 ha lúa Đông Xuân, năng suất khoảng 6 tấn/ha; 46 hộ xuống giống "
              "dưa hấu, đậu phộng trên đất giồng cát. Đã xét, đề nghị 21 hộ Khmer nghèo được hỗ trợ vốn sản "
              "xuất theo Chương trình 135; nạo vét xong 1,2 km kênh Sóc Ruộng bằng ngày công của dân. Hạn chế: "
              "còn 03 em học sinh lớp 7 nghỉ học đi làm thuê; một số hộ nuôi bò để bò ăn lúa của hộ khác."),
            P("Nhiệm vụ tháng 3: chuẩn bị vui Tết Chôl Chnăm Thmây an toàn, tiết kiệm; giữ nước ngọt cho màu; "
              "vận động học sinh bỏ học trở lại lớp."),
            H("Phần thứ hai: sinh hoạt chuyên đề"),
            P("Đồng chí Kiên Văn Rết, Phó Bí thư chi bộ, trình bày chuyên đề năm 2014, liên hệ: đảng viên là "
              "cán bộ ấp phải đến tận nhà dân giải quyết việc, không để dân chờ; nói tiếng Khmer với bà con lớn "
              "tuổi; việc gì hứa với dân thì làm cho xong."),
            P("Ý kiến: đồng chí Sơn Thị Bô Pha đề nghị mỗi đảng viên nhận giúp một hộ nghèo cụ thể, có sổ theo "
              "dõi. Đồng chí Huỳnh Văn Đen cho rằng trách nhiệm trước hết là không để bò thả rông phá lúa của "
              "nhau, đảng viên phải làm gương. Đồng chí Trầm Văn Ni đề nghị chi bộ phối hợp Hội Nông dân mở lớp "
              "kỹ thuật trồng dưa hấu trên giồng cát."),
            P("Kết luận: đồng chí Thạch Sang kết luận, chi bộ thống nhất mỗi đảng viên đăng ký một việc làm cụ "
              "thể theo chuyên đề, trong đó giúp đỡ hộ nghèo là chủ yếu; tháng 3 lo Tết Chôl Chnăm Thmây an "
              "toàn và đưa 03 em học sinh trở lại lớp. Biểu quyết: 15/15 đồng chí tán thành (100%)."),
            P("Phân công: đồng chí Kim Văn Hùng cùng Ban quản trị chùa Sóc Ruộng lo an ninh trong ba ngày Tết; "
              "đồng chí Dương Thanh Hải (giáo viên) vận động 03 em học sinh trở lại lớp, xong trước ngày "
              "31/3/2014; đồng chí Kim Thị Sa Phol tổng hợp bản đăng ký làm theo của đảng viên, nộp Đảng ủy "
              "xã trước ngày 20/3/2014."),
            P("Buổi sinh hoạt kết thúc lúc 10 giờ 00. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "Kim Thị Sa Phol"], ["BÍ THƯ", "Thạch Sang"]),
        ],
         "truth": minute(
             meeting("regular", "2014-03-07", "07:30", "10:00", "Văn phòng ấp Sóc Ruộng", *SR, topic=SR_TOPIC),
             "Thạch Sang", "Bí thư chi bộ", "Kim Thị Sa Phol",
             attendance(16, 15, 0, 0, 0, 1, [], [("Trầm Văn Ni", "Đảng ủy viên, Chủ tịch Hội Nông dân xã")]),
             True,
             [vote("Kết luận tháng 3 và chuyên đề quý I", 15, pct=100)],
             [task("Kim Văn Hùng", "cùng Ban quản trị chùa Sóc Ruộng lo an ninh", "ba ngày Tết"),
              task("Dương Thanh Hải", "vận động 03 em học sinh trở lại lớp", "31/3/2014"),
              task("Kim Thị Sa Phol", "tổng hợp bản đăng ký làm theo của đảng viên, nộp Đảng ủy xã", "20/3/2014")],
             [])},
        # ---------------------------------------------------------------- April
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4 NĂM 2014", size=13),
            G(2),
            P("Hôm nay, ngày 05/4/2014, lúc 19 giờ, tại Văn phòng ấp Sóc Ruộng, chi bộ họp thường kỳ. Chủ trì: "
              "đồng chí Thạch Sang, Bí thư chi bộ. Thư ký: đồng chí Kim Thị Sa Phol."),
            P("Đảng viên có mặt 14/15 (01 đồng chí miễn sinh hoạt). Vắng: đồng chí Sơn Văn Chanh, không lý do."),
            P("1. Kết quả tháng 3: 03 em học sinh đã trở lại lớp; 100% đảng viên nộp bản đăng ký làm theo chuyên "
              "đề; dưa hấu trúng mùa nhưng giá chỉ còn 1.500 đồng/kg, nhiều hộ lỗ vốn. Tổ hòa giải giải quyết "
              "xong 02 vụ bò ăn lúa, không để phát sinh khiếu kiện."),
            P("2. Nhiệm vụ tháng 4: tổ chức Tết Chôl Chnăm Thmây từ ngày 14 đến 16/4 vui tươi, an toàn, không "
              "đua xe, không để say xỉn đánh nhau; phòng cháy ở các nhà lá trong mùa khô; chuẩn bị giống cho "
              "vụ Hè Thu."),
            P("3. Ý kiến: đồng chí Thạch Thị Sà Rinh đề nghị Hội Phụ nữ ấp thăm, tặng quà các hộ nghèo trước "
              "Tết. Đồng chí Lý Văn Sa Ron phản ánh thương lái ép giá dưa hấu, đề nghị xã liên hệ hợp tác xã "
              "bao tiêu. Đồng chí Nguyễn Văn Bé Năm đề nghị chi bộ nhắc nhở việc đồng chí Sơn Văn Chanh không "
              "đi họp mà không báo."),
            P("4. Kết luận: đồng chí Bí thư kết luận, thống nhất ba việc của tháng 4 như trên, trọng tâm là Tết "
              "an toàn; chi ủy sẽ gặp đồng chí Sơn Văn Chanh. Chi bộ biểu quyết tán thành 14/14 đồng chí."),
            P("5. Phân công: đồng chí Thạch Thị Sà Rinh cùng Chi hội Phụ nữ thăm, tặng quà 21 hộ nghèo, xong "
              "trước ngày 12/4/2014; đồng chí Kim Văn Hùng cùng tổ an ninh trực ở chùa và các điểm vui chơi "
              "trong ba ngày Tết; đồng chí Lý Văn Sa Ron làm việc với Hợp tác xã Long Sơn về bao tiêu dưa hấu "
              "vụ sau."),
            P("Họp xong lúc 21 giờ 00. Biên bản đọc lại, chi bộ thông qua."),
            S(["THƯ KÝ", "Kim Thị Sa Phol"], ["BÍ THƯ", "Thạch Sang"]),
        ],
         "truth": minute(
             meeting("regular", "2014-04-05", "19:00", "21:00", "Văn phòng ấp Sóc Ruộng", *SR),
             "Thạch Sang", "Bí thư chi bộ", "Kim Thị Sa Phol",
             attendance(16, 14, 1, 0, 1, 1, [("Sơn Văn Chanh", "không lý do", False)]),
             True,
             [vote("Kết luận tháng 4", 14)],
             [task("Thạch Thị Sà Rinh", "cùng Chi hội Phụ nữ thăm, tặng quà 21 hộ nghèo", "12/4/2014"),
              task("Kim Văn Hùng", "cùng tổ an ninh trực ở chùa và các điểm vui chơi", "ba ngày Tết"),
              task("Lý Văn Sa Ron", "làm việc với Hợp tác xã Long Sơn về bao tiêu dưa hấu vụ sau", None)],
             ["unexcused_absence"])},
        # ---------------------------------------------------------------- June (no meeting in May)
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6 NĂM 2014", size=13),
            G(2),
            P("Vào lúc 19 giờ 00, ngày 06/6/2014, tại Văn phòng ấp Sóc Ruộng. Chủ trì: đồng chí Thạch Sang, Bí "
              "thư chi bộ. Thư ký: đồng chí Kim Thị Sa Phol. Tháng 5 chi bộ không sinh hoạt được do chi ủy tập "
              "trung chống hạn, mặn và đồng chí Bí thư đi học lớp bồi dưỡng của huyện; kỳ này đánh giá chung "
              "hai tháng."),
            P("Tổng số đảng viên: 16; miễn sinh hoạt: 01; phải dự: 15; có mặt: 13; vắng: 02 gồm đồng chí Kiên "
              "Thị Sà Ly (đi khám bệnh ở Cần Thơ) và đồng chí Sơn Văn Chanh (không lý do)."),
            P("1. Thông tin thời sự: từ ngày 02/5/2014, Trung Quốc hạ đặt trái phép giàn khoan Hải Dương-981 trong "
              "vùng đặc quyền kinh tế và thềm lục địa của Việt Nam; đồng chí Bí thư quán triệt chủ trương của "
              "Đảng, Nhà nước, nhắc bà con bày tỏ lòng yêu nước đúng pháp luật, không nghe kẻ xấu kích động."),
            P("2. Kết quả tháng 5 – 6: nước mặn vào sâu, ấp đắp 03 đập tạm giữ nước ngọt, không để thiệt hại "
              "màu; 38 hộ xuống giống lúa Hè Thu; trao 21 phần quà Chôl Chnăm Thmây. Hạn chế: họp tổ nhân dân "
              "tự quản tháng 5 không tổ chức được; hai tháng liền đồng chí Sơn Văn Chanh vắng không lý do, chi "
              "ủy đã gặp nhưng chưa có chuyển biến."),
            P("3. Ý kiến: đồng chí Dương Thanh Hải cho biết học sinh của ấp đậu tốt nghiệp trung học cơ sở 100%, "
              "đề nghị khen các em. Đồng chí Trần Thị Phương đề nghị vận động bà con ủng hộ Quỹ vì biển, đảo "
              "Việt Nam. Đồng chí Huỳnh Văn Đen lo giá phân bón tăng, đề nghị Hội Nông dân cho mua chịu."),
            P("4. Kết luận: đồng chí Thạch Sang kết luận, tháng 6 chi bộ tập trung giữ nước ngọt cho lúa Hè "
              "Thu, vận động ủng hộ biển, đảo, tổ chức họp tổ nhân dân bù tháng 5. Biểu quyết: 13/13 đồng chí "
              "có mặt tán thành."),
            P("5. Phân công: đồng chí Trần Thị Phương cùng Ban Công tác Mặt trận ấp vận động ủng hộ Quỹ vì biển, "
              "đảo Việt Nam, xong trong tháng 6; đồng chí Huỳnh Văn Đen giữ và vận hành 03 đập tạm, thường "
              "xuyên; đồng chí Kiên Văn Rết họp tổ nhân dân tự quản bù tháng 5 trước ngày 20/6/2014."),
            P("Kết thúc lúc 20 giờ 45 phút. Biên bản được đọc lại, các đồng chí có mặt nhất trí."),
            S(["THƯ KÝ", "Kim Thị Sa Phol"], ["BÍ THƯ", "Thạch Sang"]),
        ],
         "truth": minute(
             meeting("regular", "2014-06-06", "19:00", "20:45", "Văn phòng ấp Sóc Ruộng", *SR),
             "Thạch Sang", "Bí thư chi bộ", "Kim Thị Sa Phol",
             attendance(16, 13, 2, 1, 1, 1, [("Kiên Thị Sà Ly", "đi khám bệnh ở Cần Thơ", True),
                                             ("Sơn Văn Chanh", "không lý do", False)]),
             True,
             [vote("Kết luận tháng 6", 13)],
             [task("Trần Thị Phương", "cùng Ban Công tác Mặt trận ấp vận động ủng hộ Quỹ vì biển, đảo Việt Nam",
                   "tháng 6"),
              task("Huỳnh Văn Đen", "giữ và vận hành 03 đập tạm", "thường xuyên"),
              task("Kiên Văn Rết", "họp tổ nhân dân tự quản bù tháng 5", "20/6/2014")],
             ["low_attendance", "unexcused_absence"])},
        # ---------------------------------------------------------------- July: the deputy chairs; 75 min
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7 NĂM 2014", size=13),
            G(2),
            P("Thời gian: 19 giờ 00, ngày 04/7/2014. Địa điểm: Văn phòng ấp Sóc Ruộng. Đồng chí Bí thư Thạch Sang "
              "nằm viện tại Bệnh viện Đa khoa tỉnh Trà Vinh; đồng chí Kiên Văn Rết, Phó Bí thư chi bộ chủ trì. "
              "Thư ký: đồng chí Kim Thị Sa Phol."),
            P("Có mặt 14/15 đảng viên phải dự (miễn sinh hoạt 01). Vắng 01: đồng chí Thạch Sang (nằm viện)."),
            P("1. Tháng 6: vận động ủng hộ Quỹ vì biển, đảo Việt Nam được 7.350.000 đồng; họp bù tổ nhân dân "
              "tự quản ngày 18/6; lúa Hè Thu phát triển tốt, chưa có sâu bệnh lớn. Đồng chí Sơn Văn Chanh đi họp "
              "lại, đã nhận khuyết điểm trước chi ủy."),
            P("2. Tháng 7: chăm sóc lúa Hè Thu, đề phòng rầy nâu; tuyên truyền tháng hành động về dân số và kỷ "
              "niệm 67 năm Ngày Thương binh – Liệt sĩ (27/7); thăm các gia đình chính sách trong ấp."),
            P("3. Ý kiến: đồng chí Sơn Văn Chanh xin lỗi chi bộ, hứa đi họp đều. Đồng chí Lý Văn Sa Ron cho "
              "biết Hợp tác xã Long Sơn đồng ý ký bao tiêu dưa hấu vụ tới với giá sàn 3.000 đồng/kg."),
            P("4. Đồng chí Kiên Văn Rết kết luận: tháng 7 làm tốt việc thăm gia đình chính sách và phòng rầy "
              "nâu; cử người thăm đồng chí Bí thư. Chi bộ biểu quyết 14/14 đồng chí tán thành."),
            P("5. Phân công: đồng chí Sơn Thị Bô Pha cùng Chi hội Cựu chiến binh thăm, tặng quà 09 gia đình chính "
              "sách trước ngày 27/7/2014; đồng chí Huỳnh Văn Đen theo dõi bẫy đèn báo rầy, báo cán bộ khuyến "
              "nông xã hằng tuần."),
            P("Họp xong lúc 20 giờ 15 phút. Biên bản đọc lại, thông qua."),
            S(["THƯ KÝ", "Kim Thị Sa Phol"], ["CHỦ TRÌ", "PHÓ BÍ THƯ", "Kiên Văn Rết"]),
        ],
         "truth": minute(
             meeting("regular", "2014-07-04", "19:00", "20:15", "Văn phòng ấp Sóc Ruộng", *SR),
             "Kiên Văn Rết", "Phó Bí thư chi bộ", "Kim Thị Sa Phol",
             attendance(16, 14, 1, 1, 0, 1, [("Thạch Sang", "nằm viện", True)]),
             True,
             [vote("Kết luận tháng 7", 14)],
             [task("Sơn Thị Bô Pha", "cùng Chi hội Cựu chiến binh thăm, tặng quà 09 gia đình chính sách",
                   "27/7/2014"),
              task("Huỳnh Văn Đen", "theo dõi bẫy đèn báo rầy, báo cán bộ khuyến nông xã", "hằng tuần")],
             ["short_meeting"])},
        # ---------------------------------------------------------------- August
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8 NĂM 2014", size=13),
            G(2),
            P("Ngày 08/8/2014, từ 19 giờ 00 đến 21 giờ 00, tại Văn phòng ấp Sóc Ruộng, chi bộ sinh hoạt thường "
              "kỳ. Chủ trì: đồng chí Thạch Sang, Bí thư chi bộ. Thư ký: đồng chí Kim Thị Sa Phol."),
            P("Đảng viên: 16, miễn sinh hoạt 01, dự họp 14. Vắng 01: đồng chí Sơn Văn Chanh, không báo."),
            P("1. Thông tin: Đảng ủy xã triển khai kế hoạch Đại hội đại biểu Mặt trận Tổ quốc xã nhiệm kỳ 2014 – "
              "2019; huyện cảnh báo bệnh hoại tử gan tụy trên tôm nuôi ở các xã ven biển."),
            P("2. Tháng 7: thăm, tặng quà đủ 09 gia đình chính sách; rầy nâu có xuất hiện nhưng dưới ngưỡng. "
              "Hạn chế: đồng chí Sơn Văn Chanh lại vắng họp không báo; đây là lần thứ ba trong năm đồng chí "
              "vắng không lý do."),
            P("3. Ý kiến: đồng chí Nguyễn Văn Bé Năm đề nghị chi bộ kiểm điểm nghiêm, báo cáo Đảng ủy xã theo "
              "Điều lệ. Đồng chí Thạch Thị Mum đề nghị tìm hiểu hoàn cảnh, vì đồng chí Chanh đi làm thuê ban "
              "đêm ở vuông tôm. Đồng chí Lâm Sóc Khum đề nghị giới thiệu đoàn viên Thạch Thị Sô Phi đi học lớp "
              "nhận thức về Đảng."),
            P("4. Kết luận: đồng chí Thạch Sang kết luận, chi bộ thống nhất giới thiệu đoàn viên Thạch Thị Sô "
              "Phi học lớp nhận thức về Đảng; việc đồng chí Sơn Văn Chanh vắng không lý do lần thứ ba, chi ủy "
              "sẽ làm rõ và báo cáo Đảng ủy xã trước kỳ họp tháng 9. Biểu quyết: 14/14 đồng chí tán thành."),
            P("5. Phân công: giao đồng chí Kiên Văn Rết gặp đồng chí Sơn Văn Chanh, lập biên bản làm việc, xong "
              "trong tháng 8; giao đồng chí Lâm Sóc Khum làm hồ sơ giới thiệu đoàn viên Thạch Thị Sô Phi, nộp "
              "trước ngày 25/8/2014; giao đồng chí Huỳnh Văn Đen cùng tổ khuyến nông hướng dẫn các hộ nuôi tôm "
              "cải tạo ao, hằng tuần."),
            P("Biên bản đã được đọc lại và được chi bộ thông qua lúc 21 giờ 00."),
            S(["THƯ KÝ", "Kim Thị Sa Phol"], ["BÍ THƯ", "Thạch Sang"]),
        ],
         "truth": minute(
             meeting("regular", "2014-08-08", "19:00", "21:00", "Văn phòng ấp Sóc Ruộng", *SR),
             "Thạch Sang", "Bí thư chi bộ", "Kim Thị Sa Phol",
             attendance(16, 14, 1, 0, 1, 1, [("Sơn Văn Chanh", "không báo", False)]),
             True,
             [vote("Kết luận tháng 8", 14)],
             [task("Kiên Văn Rết", "gặp đồng chí Sơn Văn Chanh, lập biên bản làm việc", "tháng 8"),
              task("Lâm Sóc Khum", "làm hồ sơ giới thiệu đoàn viên Thạch Thị Sô Phi", "25/8/2014"),
              task("Huỳnh Văn Đen", "cùng tổ khuyến nông hướng dẫn các hộ nuôi tôm cải tạo ao", "hằng tuần")],
             ["unexcused_absence"])},
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"], "scans": [],
})


# =================================================================================================
# t09 — Bình Thuận, Bắc Bình: a border-guard post's cell elects its delegates to the post's Party
# congress (2020 – 2025 term) by secret ballot, in the first weeks of COVID-19. Ranks before names;
# the probationary member does not vote; the minute ends with the closing time only.
# =================================================================================================
DOCS.append({
    "name": "t09-binhthuan-borderguard-delegates-not-approved", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 25, "spacing": 1.35, "left": 75,
              "right": 60, "head": "BĐBP tỉnh Bình Thuận – Đồn Biên phòng Hòa Thắng", "head_first": True,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BĐBP TỈNH BÌNH THUẬN", "ĐẢNG ỦY ĐỒN BIÊN PHÒNG HÒA THẮNG",
                "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hòa Thắng, ngày 12 tháng 3 năm 2020"], bold_left=(2,)),
            G(8),
            C("BIÊN BẢN", size=13),
            C("HỘI NGHỊ CHI BỘ BẦU ĐẠI BIỂU DỰ ĐẠI HỘI ĐẢNG BỘ ĐỒN BIÊN PHÒNG HÒA THẮNG LẦN THỨ VIII, NHIỆM "
              "KỲ 2020 – 2025"),
            G(8),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            P("Hội nghị khai mạc lúc 07 giờ 30 phút ngày 12/3/2020 tại Hội trường Đồn Biên phòng Hòa Thắng. Thực "
              "hiện yêu cầu phòng, chống dịch COVID-19, hội nghị tổ chức gọn, đại biểu đeo khẩu trang, sát khuẩn "
              "tay trước khi vào hội trường."),
            P("Chủ trì hội nghị: Thiếu tá Nguyễn Hữu Thắng, Bí thư chi bộ, Đội trưởng Đội vận động quần chúng. Thư "
              "ký hội nghị: Thượng úy Quảng Đại Tuyên."),
            P("Đảng viên của chi bộ: 13 đồng chí (12 chính thức, 01 dự bị). Có mặt 12 đồng chí (11 chính thức, 01 "
              "dự bị). Vắng 01 đồng chí: Trung úy Đàng Văn Lâm (đi học lớp trinh sát tại Trường Trung cấp Biên "
              "phòng 2)."),
            P("Dự hội nghị có Trung tá Nguyễn Minh Trí, Bí thư Đảng ủy, Chính trị viên Đồn."),
            H("II. NỘI DUNG"),
            H("1. Quán triệt và thảo luận dự thảo văn kiện"),
            P("Đồng chí chủ trì quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới "
              "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết của Đảng ủy Đồn phân bổ đại biểu: "
              "chi bộ được bầu 02 đại biểu chính thức, không có đại biểu dự khuyết. Chi bộ thảo luận dự thảo Báo "
              "cáo chính trị của Đảng ủy Đồn:"),
            P("- Đồng chí Lê Hoàng Nam: đề nghị bổ sung chỉ tiêu xây dựng mô hình \u201cNgư dân với biên phòng\u201d "
              "ở ba xã ven biển, vì thực tế ngư dân là tai mắt trên biển."),
            P("- Đồng chí Phạm Văn Cường: phần đánh giá hạn chế còn chung chung, chưa nêu việc một số tàu cá của "
              "địa phương vi phạm vùng biển nước ngoài năm 2019; cần nêu nguyên nhân và trách nhiệm tuyên truyền."),
            P("- Đồng chí Võ Thị Kiều Oanh: đề nghị có chỉ tiêu cụ thể về nhận đỡ đầu học sinh nghèo người Chăm, "
              "người Raglai trên địa bàn."),
            P("- Đồng chí Nguyễn Minh Trí ghi nhận các ý kiến, sẽ tổng hợp báo cáo Đảng ủy Đồn."),
            H("2. Thông qua danh sách bầu cử"),
            P("Chi ủy giới thiệu 02 đồng chí: Nguyễn Hữu Thắng, Lê Hoàng Nam. Hội nghị đề cử thêm 01 đồng chí: "
              "đồng chí Trần Ngọc Sơn đề cử đồng chí Phạm Văn Cường; đồng chí Cường đồng ý. Không có đồng chí nào "
              "ứng cử. Hội nghị biểu quyết thông qua danh sách bầu cử gồm 03 đồng chí: 11/11 đảng viên chính "
              "thức có mặt tán thành (100%); đồng chí Hà Minh Quân là đảng viên dự bị, không biểu quyết, không bầu "
              "cử."),
            H("3. Kết quả bầu cử"),
            P("Tổ bầu cử gồm: đồng chí Trần Ngọc Sơn (tổ trưởng), đồng chí Võ Thị Kiều Oanh, đồng chí Đàng Năng "
              "Thọ. Số phiếu phát ra 11, thu vào 11, hợp lệ 11. Số phiếu bầu cho từng đồng chí: Nguyễn Hữu Thắng "
              "11/11 phiếu (100%); Lê Hoàng Nam 09/11 phiếu (81,82%); Phạm Văn Cường 02/11 phiếu (18,18%)."),
            P("Đồng chí Nguyễn Hữu Thắng và đồng chí Lê Hoàng Nam trúng cử đại biểu chính thức dự Đại hội Đảng bộ "
              "Đồn Biên phòng Hòa Thắng lần thứ VIII, nhiệm kỳ 2020 – 2025."),
            H("4. Kết luận và phân công"),
            P("Đồng chí Nguyễn Hữu Thắng kết luận: hội nghị bầu cử đúng nguyên tắc, dân chủ; các đại biểu trúng "
              "cử mang ý kiến của chi bộ về chỉ tiêu \u201cNgư dân với biên phòng\u201d và đỡ đầu học sinh nghèo "
              "đến đại hội; trong thời gian dịch, đội vẫn duy trì bám địa bàn, không tụ tập đông người."),
            P("Giao đồng chí Quảng Đại Tuyên hoàn chỉnh biên bản kiểm phiếu, hồ sơ bầu cử, gửi Văn phòng Đảng ủy "
              "Đồn trước ngày 16/3/2020. Đồng chí Lê Hoàng Nam và đồng chí Phạm Văn Cường viết tham luận của chi "
              "bộ về công tác vận động ngư dân, xong trước ngày 30/3/2020. Đồng chí Trần Ngọc Sơn cùng Ủy ban "
              "nhân dân xã tuyên truyền phòng, chống dịch COVID-19 cho ngư dân tại các bến cá, hằng ngày."),
            P("Hội nghị bế mạc lúc 10 giờ 30 phút cùng ngày."),
            S(["THƯ KÝ", "Thượng úy Quảng Đại Tuyên"], ["CHỦ TRÌ", "Thiếu tá Nguyễn Hữu Thắng"]),
        ],
        "truth": minute(
            meeting("regular", "2020-03-12", "07:30", "10:30", "Hội trường Đồn Biên phòng Hòa Thắng",
                    "CHI BỘ ĐỘI VẬN ĐỘNG QUẦN CHÚNG", "ĐẢNG ỦY ĐỒN BIÊN PHÒNG HÒA THẮNG"),
            "Nguyễn Hữu Thắng", "Bí thư chi bộ", "Quảng Đại Tuyên",
            attendance(13, 12, 1, 1, 0, 0,
                       [("Đàng Văn Lâm", "đi học lớp trinh sát tại Trường Trung cấp Biên phòng 2", True)],
                       [("Nguyễn Minh Trí", "Bí thư Đảng ủy, Chính trị viên Đồn")]),
            True,
            [vote("Danh sách bầu cử 03 đồng chí", 11, pct=100),
             vote("Bầu đại biểu: Nguyễn Hữu Thắng (phiếu kín)", 11, pct=100),
             vote("Bầu đại biểu: Lê Hoàng Nam (phiếu kín)", 9, pct=81.82)],
            [task("Quảng Đại Tuyên", "hoàn chỉnh biên bản kiểm phiếu, hồ sơ bầu cử, gửi Văn phòng Đảng ủy Đồn",
                  "16/3/2020"),
             task("Lê Hoàng Nam", "viết tham luận của chi bộ về công tác vận động ngư dân", "30/3/2020"),
             task("Phạm Văn Cường", "viết tham luận của chi bộ về công tác vận động ngư dân", "30/3/2020"),
             task("Trần Ngọc Sơn", "cùng Ủy ban nhân dân xã tuyên truyền phòng, chống dịch COVID-19 cho ngư dân "
                  "tại các bến cá", "hằng ngày")],
            ["not_approved"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# t10 — Lâm Đồng, Đà Lạt, 2006: a retired cadres' cell types its minute into the printed form on a
# typewriter. A member's membership moved in, another's moved out; news of the Tenth Congress. The
# number, the guests and the vote line are left as dots; "(Ký, ghi rõ họ tên)" left under the titles.
# =================================================================================================
DOCS.append({
    "name": "t10-dalat-retired-typed-form-transfer-unfilled", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.3, "left": 70,
              "right": 50, "top": 50, "bottom": 50, "para_gap": 1.5},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ PHƯỜNG 8", "CHI BỘ CÁN BỘ HƯU TRÍ", "*", "Số: ……/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Lạt, ngày 10 tháng 5 năm 2006"], bold_left=(1,)),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=12),
            C("Tháng 5 năm 2006", bold=False, size=11),
            G(4),
            L("Thời gian: bắt đầu 8 giờ 00, ngày 10/5/2006; kết thúc 10 giờ 00."),
            L("Địa điểm: nhà đồng chí Trịnh Xuân Hòe, số 14 đường Phù Đổng Thiên Vương."),
            L("Chủ trì: đồng chí Lương Văn Khiết, Bí thư chi bộ. Thư ký: đồng chí Nguyễn Thị Thục."),
            L("Tổng số đảng viên: 23 đ/c. Miễn sinh hoạt: 05 đ/c. Có mặt: 17 đ/c. Vắng: 01 đ/c (có lý do)."),
            L("Khách mời: ……………………"),
            L("NỘI DUNG:", bold=True),
            L("1. Đ/c Bí thư thông báo kết quả Đại hội đại biểu toàn quốc lần thứ X của Đảng (18 – 25/4/2006): "
              "đ/c Nông Đức Mạnh tiếp tục được bầu làm Tổng Bí thư; Đại hội cho phép đảng viên làm kinh tế tư "
              "nhân theo quy định của Ban Chấp hành Trung ương. Phường sẽ tổ chức học tập nghị quyết vào tháng 7."),
            L("2. Công tác đảng viên:"),
            L("a) Tiếp nhận sinh hoạt đảng của đ/c Hoàng Văn Lợi, nguyên Phó Giám đốc Sở Giao thông vận tải, nghỉ "
              "hưu từ tháng 3/2006, chuyển từ Đảng bộ Sở về chi bộ theo giấy giới thiệu của Đảng ủy phường. Đ/c "
              "Lợi dự họp lần đầu, tự giới thiệu quá trình công tác."),
            L("b) Đ/c Bạch Thị Mai có đơn xin chuyển sinh hoạt đảng về Đảng bộ phường 15, quận Tân Bình, Thành "
              "phố Hồ Chí Minh để ở với con. Chi bộ nhất trí làm thủ tục giới thiệu chuyển."),
            L("3. Tháng 4 chi bộ đã vận động hội viên người cao tuổi ủng hộ Quỹ đền ơn đáp nghĩa 2.300.000 đồng; "
              "02 đ/c ốm được chi bộ đến thăm. Tồn tại: còn 03 đ/c chưa đóng đảng phí quý I."),
            L("4. Ý kiến:"),
            L("- Đ/c Đinh Công Bảy: đề nghị chi bộ góp ý với phường về đường Phù Đổng Thiên Vương lún sụt sau "
              "mùa mưa năm ngoái, xe chở rau đi lại khó khăn."),
            L("- Đ/c Trần Thị Ngọc Lan: băn khoăn việc cho đảng viên làm kinh tế tư nhân, đề nghị khi học nghị "
              "quyết phải được giải thích kỹ."),
            L("- Đ/c Hoàng Văn Lợi: xin được sinh hoạt ghép với tổ 2 vì ở gần; sẵn sàng giúp chi bộ viết báo cáo."),
            L("5. Kết luận: đ/c chủ trì kết luận: chi bộ tiếp nhận đ/c Hoàng Văn Lợi, phân về tổ 2; làm thủ tục "
              "chuyển sinh hoạt cho đ/c Bạch Thị Mai; tháng 5 tổ chức kỷ niệm 116 năm Ngày sinh Chủ tịch Hồ Chí "
              "Minh (19/5), thu đủ đảng phí còn nợ."),
            L("Biểu quyết: tán thành …… đ/c; không tán thành …… đ/c."),
            L("6. Phân công: đ/c Nguyễn Thị Thục làm giấy giới thiệu sinh hoạt đảng cho đ/c Bạch Thị Mai, xong "
              "trước ngày 20/5/2006; đ/c Đinh Công Bảy chuẩn bị buổi nói chuyện kỷ niệm ngày 19/5 tại nhà văn "
              "hóa khu phố; đ/c Trịnh Xuân Hòe thu đảng phí còn nợ, trong tháng 5."),
            L("Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Nguyễn Thị Thục"],
              ["BÍ THƯ", "(Ký, ghi rõ họ tên)", "Lương Văn Khiết"]),
        ],
        "truth": minute(
            meeting("regular", "2006-05-10", "08:00", "10:00",
                    "nhà đồng chí Trịnh Xuân Hòe, số 14 đường Phù Đổng Thiên Vương",
                    "CHI BỘ CÁN BỘ HƯU TRÍ", "ĐẢNG BỘ PHƯỜNG 8"),
            "Lương Văn Khiết", "Bí thư chi bộ", "Nguyễn Thị Thục",
            attendance(23, 17, 1, 1, 0, 5),
            True,
            [],
            [task("Nguyễn Thị Thục", "làm giấy giới thiệu sinh hoạt đảng cho đ/c Bạch Thị Mai", "20/5/2006"),
             task("Đinh Công Bảy", "chuẩn bị buổi nói chuyện kỷ niệm ngày 19/5 tại nhà văn hóa khu phố", None),
             task("Trịnh Xuân Hòe", "thu đảng phí còn nợ", "tháng 5")],
            ["missing_vote", "unfilled_template"]),
    }],
    "flags": [],
    "scans": [{"name": "t13-dalat-retired-form-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 1713, "dpi": 250}],
})


# =================================================================================================
# t11 — Cần Thơ: a university students' cell, November 2024. Recognises a Khmer student as a full
# member (official members vote by secret ballot, the probationary ones do not) and starts preparing
# its own congress for the 2025 – 2027 term. Two members join from their internship over Teams. Clean.
# =================================================================================================
DOCS.append({
    "name": "t11-cantho-students-recognition-hybrid-clean", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 20, "spacing": 1.3, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TRƯỜNG ĐẠI HỌC CẦN THƠ", "CHI BỘ SINH VIÊN TRƯỜNG",
                "CÔNG NGHỆ THÔNG TIN VÀ TRUYỀN THÔNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cần Thơ, ngày 21 tháng 11 năm 2024"], bold_left=(1, 2)),
            G(8),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THÁNG 11 NĂM 2024"),
            C("Xét công nhận đảng viên chính thức; chuẩn bị Đại hội Chi bộ nhiệm kỳ 2025 – 2027", bold=False,
              italic=True),
            G(8),
            L("Thời gian: 14 giờ 00 phút, ngày 21/11/2024."),
            L("Địa điểm: Phòng họp 2, Trường Công nghệ Thông tin và Truyền thông, Khu II Đại học Cần Thơ; hình "
              "thức trực tiếp kết hợp trực tuyến qua Microsoft Teams."),
            L("Chủ trì: đồng chí ThS. Nguyễn Thanh Phong, Bí thư chi bộ, giảng viên Khoa Hệ thống thông tin."),
            L("Thư ký: đồng chí Huỳnh Ngọc Bảo Trân, Phó Bí thư chi bộ."),
            L("Đảng viên: 13 đồng chí (chính thức 09, dự bị 04), có mặt 13/13, trong đó 02 đồng chí Trương Gia "
              "Huy và Lê Nguyễn Khánh Vy đang thực tập tại doanh nghiệp ở Thành phố Hồ Chí Minh dự trực tuyến."),
            L("Khách mời: đồng chí Phạm Quốc Việt, Đảng ủy viên phụ trách khối chi bộ sinh viên."),
            H("1. Thông tin thời sự"),
            P("Đồng chí Bí thư thông tin Kế hoạch của Bộ Chính trị tổng kết 7 năm thực hiện Nghị quyết số "
              "18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả; Chỉ "
              "thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV "
              "của Đảng và Kế hoạch của Đảng ủy Trường: các chi bộ trực thuộc tổ chức đại hội nhiệm kỳ 2025 – 2027 "
              "xong trong quý I/2025."),
            H("2. Xét công nhận đảng viên chính thức"),
            P("Đồng chí Danh Thị Kim Ngân, sinh viên khóa 47 ngành Hệ thống thông tin, dân tộc Khmer, quê huyện "
              "Gò Quao, tỉnh Kiên Giang, được kết nạp ngày 19/11/2023, hết thời gian dự bị ngày 19/11/2024, đọc "
              "bản tự kiểm điểm: điểm trung bình tích lũy 3,41/4; Phó Bí thư Liên chi đoàn; tham gia Chiến dịch "
              "Mùa hè xanh 2024 tại xã Thạnh Lợi, huyện Vĩnh Thạnh; còn hạn chế là ít tham gia ý kiến trong "
              "sinh hoạt chi bộ."),
            P("Đồng chí Võ Minh Triết, đảng viên được phân công giúp đỡ, nhận xét: trong 12 tháng dự bị đồng chí "
              "Ngân chấp hành tốt nghị quyết, hoàn thành nhiệm vụ được giao, đóng đảng phí đúng hạn. Đồng chí "
              "Thư ký đọc nhận xét của Liên chi đoàn, Liên chi hội sinh viên và nơi cư trú tại ký túc xá B."),
            P("Ý kiến: đồng chí Trần Hoài Nam đề nghị đồng chí Ngân mạnh dạn phát biểu hơn, nhất là khi góp ý "
              "văn kiện đại hội. Đồng chí Phạm Quốc Việt ghi nhận chi bộ theo dõi đảng viên dự bị sát, hồ sơ "
              "đầy đủ."),
            P("Đảng viên chính thức có mặt: 09/09 đồng chí; 04 đồng chí đảng viên dự bị dự họp, không biểu quyết. "
              "Kết quả bỏ phiếu kín: 09/09 phiếu tán thành đề nghị công nhận đồng chí Danh Thị Kim Ngân là đảng "
              "viên chính thức, đạt 100%."),
            H("3. Chuẩn bị Đại hội Chi bộ nhiệm kỳ 2025 – 2027"),
            P("Chi ủy dự kiến tổ chức đại hội vào tháng 02/2025, sau Tết Ất Tỵ; bầu chi ủy 03 đồng chí, bầu bí "
              "thư, phó bí thư tại đại hội; vì nhiều đảng viên sẽ tốt nghiệp trong năm 2025, cơ cấu chi ủy phải có "
              "đảng viên khóa 49, khóa 50."),
            P("- Đồng chí Trương Gia Huy (trực tuyến): đề nghị đưa chỉ tiêu mỗi đảng viên hướng dẫn ít nhất một "
              "đoàn viên ưu tú vào dự thảo báo cáo chính trị."),
            P("- Đồng chí Lê Nguyễn Khánh Vy (trực tuyến): đề nghị lấy ý kiến dự thảo qua biểu mẫu trực tuyến để "
              "đảng viên đi thực tập vẫn góp ý được."),
            H("4. Kết luận"),
            P("Đồng chí Nguyễn Thanh Phong kết luận: chi bộ đề nghị Đảng ủy Trường ra quyết định công nhận đảng "
              "viên chính thức cho đồng chí Danh Thị Kim Ngân; thống nhất lộ trình chuẩn bị đại hội như chi ủy dự "
              "kiến, tiếp thu hai ý kiến của các đồng chí dự trực tuyến; tháng 12 tập trung ôn thi học kỳ I, "
              "không để đảng viên nợ học phần. Chi bộ nhất trí thông qua kết luận với tỷ lệ 100%."),
            H("5. Phân công"),
            P("- Đồng chí Võ Minh Triết hoàn chỉnh hồ sơ công nhận đảng viên chính thức, gửi Văn phòng Đảng ủy "
              "trước ngày 29/11/2024."),
            P("- Đồng chí Nguyễn Thanh Phong chủ trì, cùng chi ủy xây dựng dự thảo Báo cáo chính trị trình đại "
              "hội, xong trước ngày 31/12/2024."),
            P("- Đồng chí Lê Nguyễn Khánh Vy lập biểu mẫu trực tuyến và tổng hợp ý kiến góp ý dự thảo, trong "
              "tháng 01/2025."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 15 phút. Biên bản đã được đọc lại, các đồng chí dự họp, kể cả "
              "hai đồng chí dự trực tuyến, thống nhất thông qua."),
            S(["THƯ KÝ", "Huỳnh Ngọc Bảo Trân"], ["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thanh Phong"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-21", "14:00", "16:15",
                    "Phòng họp 2, Trường Công nghệ Thông tin và Truyền thông, Khu II Đại học Cần Thơ",
                    "CHI BỘ SINH VIÊN TRƯỜNG CÔNG NGHỆ THÔNG TIN VÀ TRUYỀN THÔNG", "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC CẦN THƠ"),
            "Nguyễn Thanh Phong", "Bí thư chi bộ", "Huỳnh Ngọc Bảo Trân",
            attendance(13, 13, 0, 0, 0, 0, [],
                       [("Phạm Quốc Việt", "Đảng ủy viên phụ trách khối chi bộ sinh viên")]),
            True,
            [vote("Đề nghị công nhận đảng viên chính thức: Danh Thị Kim Ngân (phiếu kín)", 9, pct=100),
             vote("Kết luận tháng 11/2024", pct=100)],
            [task("Võ Minh Triết", "hoàn chỉnh hồ sơ công nhận đảng viên chính thức, gửi Văn phòng Đảng ủy",
                  "29/11/2024"),
             task("Nguyễn Thanh Phong", "chủ trì, cùng chi ủy xây dựng dự thảo Báo cáo chính trị trình đại hội",
                  "31/12/2024"),
             task("Lê Nguyễn Khánh Vy", "lập biểu mẫu trực tuyến và tổng hợp ý kiến góp ý dự thảo", "tháng 01/2025")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# t14 — An Giang, Tân Châu, 2011 flood: a lower-secondary school's cell could not meet in September
# and held the September meeting on 5 October. The cell votes the direction for October and hands out
# tasks, but nobody sums up. A scan only (no born-digital twin).
# =================================================================================================
DOCS.append({
    "name": "t14-angiang-school-postponed-flood-scan-noconclusion", "folder": "dev", "born_digital": False,
    "style": {"family": "serif", "size": 11.5, "justify": True, "indent": 24, "spacing": 1.25, "top": 50,
              "bottom": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ VĨNH HÒA", "CHI BỘ TRƯỜNG THCS VĨNH HÒA", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Hòa, ngày 05 tháng 10 năm 2011"], bold_left=(1,)),
            G(4),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9 NĂM 2011", size=13),
            C("(Họp bù – dời lịch do lũ)", bold=False, italic=True),
            G(6),
            P("Theo lịch, chi bộ sinh hoạt tháng 9 vào ngày 27/9/2011. Do nước lũ lên nhanh, đường vào trường "
              "ngập sâu, nhiều đảng viên tham gia ứng trực chống lũ và đưa đón học sinh bằng xuồng nên chi ủy dời "
              "lịch. Hôm nay, lúc 16 giờ 30 phút ngày 05/10/2011, tại phòng Hội đồng sư phạm Trường THCS Vĩnh "
              "Hòa, chi bộ họp bù kỳ sinh hoạt tháng 9."),
            P("Chủ trì: đồng chí Châu Văn Nghĩa, Bí thư chi bộ, Hiệu trưởng. Thư ký: đồng chí Ngô Thị Bích Liên."),
            P("Đảng viên của chi bộ: 15 đồng chí; có mặt 14 đồng chí; vắng 01 đồng chí Lê Thanh Tùng (nhà bị "
              "ngập, đang dời đồ đạc lên chỗ cao)."),
            H("1. Tình hình tháng 9"),
            P("Mực nước sông Tiền tại Tân Châu đã vượt mức báo động III. Theo chỉ đạo của Phòng Giáo dục và Đào "
              "tạo thị xã, trường cho học sinh nghỉ 06 ngày, từ 22/9 đến 28/9; 37 học sinh ở vùng trũng được đưa "
              "đón bằng 04 xuồng máy do Ban đại diện cha mẹ học sinh thuê; trường cấp 160 áo phao. Không có học "
              "sinh bị đuối nước. Chi bộ đã triển khai phong trào \u201cXây dựng trường học thân thiện, học sinh "
              "tích cực\u201d năm học 2011 – 2012 và Cuộc vận động \u201cMỗi thầy cô giáo là một tấm gương đạo "
              "đức, tự học và sáng tạo\u201d. Hạn chế: 05 học sinh lớp 8 nghỉ học theo gia đình lên Bình Dương "
              "làm thuê; chương trình tuần 4, tuần 5 bị chậm."),
            H("2. Ý kiến"),
            P("- Đồng chí Trần Văn Hiếu (Phó Hiệu trưởng): dạy bù vào chiều thứ Bảy hằng tuần đến hết tháng 11 "
              "mới kịp chương trình học kỳ I."),
            P("- Đồng chí Sa Ly Mah: 05 em nghỉ học đều ở ấp Vĩnh Thạnh, đề nghị nhờ xã liên hệ nơi gia đình "
              "các em làm thuê để vận động."),
            P("- Đồng chí Nguyễn Thị Thúy Hằng (Tổng phụ trách Đội): 40 áo phao đã cũ, quai đứt, cần thay trước "
              "khi nước lên đỉnh."),
            P("Phương hướng tháng 10: bảo đảm an toàn cho học sinh trong mùa lũ; dạy bù đủ chương trình; vận động "
              "học sinh nghỉ học trở lại lớp; chuẩn bị hội thi giáo viên dạy giỏi cấp trường. Chi bộ biểu quyết "
              "thông qua phương hướng nhiệm vụ tháng 10: 14/14 đồng chí tán thành."),
            H("3. Phân công"),
            P("- Đồng chí Trần Văn Hiếu lập kế hoạch dạy bù, trình Phòng Giáo dục và Đào tạo trước ngày 10/10/2011."),
            P("- Đồng chí Sa Ly Mah cùng giáo viên chủ nhiệm lớp 8 vận động 05 học sinh nghỉ học trở lại lớp, "
              "trong tháng 10."),
            P("- Đồng chí Nguyễn Thị Thúy Hằng kiểm tra áo phao và xuồng đưa đón học sinh trong mùa lũ, hằng ngày."),
            P("Buổi họp kết thúc lúc 18 giờ 15 phút. Biên bản đã được đọc lại và được chi bộ thông qua."),
            S(["THƯ KÝ", "Ngô Thị Bích Liên"], ["BÍ THƯ", "Châu Văn Nghĩa"]),
        ],
        "truth": minute(
            meeting("regular", "2011-10-05", "16:30", "18:15", "phòng Hội đồng sư phạm Trường THCS Vĩnh Hòa",
                    "CHI BỘ TRƯỜNG THCS VĨNH HÒA", "ĐẢNG BỘ XÃ VĨNH HÒA", month=9, year=2011),
            "Châu Văn Nghĩa", "Bí thư chi bộ", "Ngô Thị Bích Liên",
            attendance(15, 14, 1, 1, 0, 0, [("Lê Thanh Tùng", "nhà bị ngập, đang dời đồ đạc lên chỗ cao", True)]),
            False,
            [vote("Phương hướng nhiệm vụ tháng 10/2011", 14)],
            [task("Trần Văn Hiếu", "lập kế hoạch dạy bù, trình Phòng Giáo dục và Đào tạo", "10/10/2011"),
             task("Sa Ly Mah", "cùng giáo viên chủ nhiệm lớp 8 vận động 05 học sinh nghỉ học trở lại lớp",
                  "tháng 10"),
             task("Nguyễn Thị Thúy Hằng", "kiểm tra áo phao và xuồng đưa đón học sinh trong mùa lũ", "hằng ngày")],
            ["missing_conclusion"]),
    }],
    "flags": [],
    "scans": [{"name": "t14-angiang-school-postponed-flood-scan-noconclusion", "folder": "dev",
               "damage": "moderate", "seed": 1714, "dpi": 250}],
})
