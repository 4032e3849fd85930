namespace PartyScoring.Domain.StarRating;

/// <summary>
/// The seed-001 standard as shipped: the six areas' 聚焦 points as sub-items (100 together), the four named
/// bonus and deduction situations plus 其他, review converted to 100, weights 70/30, quota 30 %.
/// </summary>
public static class RatingPresets
{
    public const string Seed001Name = "党支部评星定级标准（温店镇实施意见）";

    public static RatingStandard Seed001(int townshipId, int year) =>
        new(townshipId, year, Seed001Name, StarRules.DefaultBaseWeight, Seed001Items);

    public static IReadOnlyList<RatingItemDefinition> Seed001Items { get; } =
    [
        Base("A1", "学习贯彻党的理论和路线方针政策，增强“四个意识”、坚定“四个自信”、做到“两个维护”", RatingArea.Leadership, 8),
        Base("A2", "规范组织设置，按期换届、应换尽换", RatingArea.Leadership, 4),
        Base("A3", "健全支委会、配强党支部书记，加强后备队伍建设", RatingArea.Leadership, 5),
        Base("B1", "落实党员大会、支委会、党小组会议制度，完善基本运行规则", RatingArea.Operation, 6),
        Base("B2", "落实党务公开等监督约束机制", RatingArea.Operation, 4),
        Base("B3", "健全书记述职机制，接受评议", RatingArea.Operation, 5),
        Base("C1", "严格规范发展党员，党员结构不断优化", RatingArea.MemberManagement, 4),
        Base("C2", "按规定开展党员量化积分管理", RatingArea.MemberManagement, 5),
        Base("C3", "落实党员教育培训、组织关系和党籍管理", RatingArea.MemberManagement, 4),
        Base("C4", "搭建作用发挥载体，完善激励关怀帮扶，依规处置不合格党员", RatingArea.MemberManagement, 2),
        Base("D1", "落实“三会一课”、主题党日等制度", RatingArea.OrganisationalLife, 9),
        Base("D2", "落实组织生活会、谈心谈话、民主评议党员制度", RatingArea.OrganisationalLife, 5),
        Base("D3", "党员领导干部带头参加组织生活", RatingArea.OrganisationalLife, 2),
        Base("E1", "活动场所功能完善、环境整洁", RatingArea.Support, 4),
        Base("E2", "落实党建工作经费，规范党费收缴、管理和使用", RatingArea.Support, 4),
        Base("E3", "配强党务工作人员，档案资料规范完善", RatingArea.Support, 4),
        Base("E4", "用好“灯塔—党建在线”网络平台", RatingArea.Support, 3),
        Base("F1", "落实上级工作部署，推动重点任务落实", RatingArea.Role, 10),
        Base("F2", "立足职能做好本职工作，急难险重任务中冲锋在前", RatingArea.Role, 6),
        Base("F3", "践行群众路线，密切联系服务群众", RatingArea.Role, 6),
        new("J1", "党支部或所属党员受到县级以上表彰奖励", RatingItemKind.Bonus, null, 10),
        new("J2", "在急难险重任务中发挥突出作用、作出重大贡献", RatingItemKind.Bonus, null, 10),
        new("J3", "特色做法被县级及以上党委或组织部门推广", RatingItemKind.Bonus, null, 10),
        new("J4", "承担上级试点工作任务并取得显著成效", RatingItemKind.Bonus, null, 10),
        new("J5", "其他加分情形", RatingItemKind.Bonus, null, 5),
        new("K1", "造成重大失误、重大损失或出现重大舆情、群体性事件", RatingItemKind.Deduction, null, 20),
        new("K2", "巡视巡察、考核督导发现突出问题，造成不良影响", RatingItemKind.Deduction, null, 20),
        new("K3", "支委会成员严重违纪违法或多名党员受到党纪政务处分", RatingItemKind.Deduction, null, 20),
        new("K4", "黑恶势力侵蚀基层政权、宗教势力渗透蔓延", RatingItemKind.Deduction, null, 20),
        new("K5", "其他减分情形", RatingItemKind.Deduction, null, 20),
    ];

    private static RatingItemDefinition Base(string code, string name, RatingArea area, decimal points) =>
        new(code, name, RatingItemKind.Base, area, points);
}
