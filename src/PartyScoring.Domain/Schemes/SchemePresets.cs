namespace PartyScoring.Domain.Schemes;

/// <summary>
/// The four shipped schemes, one per source document. A township copies one and edits it (SPEC 3).
/// Where a seed leaves a number open ("XX分", "排名靠前"), the preset picks a value and says so here;
/// every such value is editable.
/// </summary>
public static class SchemePresets
{
    /// <summary>Seed 000, 某某乡: 80 base start full, duty 20, +2/+4/+8, volunteer day +2 each time after office review.</summary>
    public const string Township000 = "seed000";
    /// <summary>Seed 002, ×区: 百分制 with 一票否决, bands 90/80/60, results due 10 January.</summary>
    public const string District002 = "seed002";
    /// <summary>Seed 003, *县: 共性/个性/急难险重 tasks, ranged per-occurrence points, 好/中/差 evaluation added to the points.</summary>
    public const string County003 = "seed003";
    /// <summary>Seed 004, 评分表: base earned in four categories 30/20/30/20, bands 90/80/70.</summary>
    public const string ScoreSheet004 = "seed004";

    public static IReadOnlyList<string> Keys { get; } = [Township000, District002, County003, ScoreSheet004];

    public static ScoringScheme Create(string key, int townshipId, int year) => key switch
    {
        Township000 => Seed000(townshipId, year),
        District002 => Seed002(townshipId, year),
        County003 => Seed003(townshipId, year),
        ScoreSheet004 => Seed004(townshipId, year),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "unknown preset"),
    };

    private static SchemeRules Rules(BaseMode mode, decimal basePoints, decimal dutyCap, YearEndDeadline deadline) =>
        new(mode, basePoints, dutyCap, BonusAnnualCap: null, EvaluationMode.None, 0, 0, 0, 0,
            ExcellentQuota: null, QuotaTieRule.ExcludeAllTied, NoticeDays: 5, TalkThreshold: null, deadline);

    private static ScoringScheme Seed000(int townshipId, int year)
    {
        // "排名靠前" has no number in seed 000: the preset allows 30 % of graded members per branch.
        var rules = Rules(BaseMode.StartFullAndDeduct, 80, 20, YearEndDeadline.Seed000) with
        {
            ExcellentQuota = 0.3m,
            TalkThreshold = 80,
        };
        var s = new ScoringScheme(townshipId, year, "党员量化积分考核办法（乡）", rules, Township000);
        s.AddItem(new("D01", "履行岗位职责（八大组织分工）", ItemKind.Duty, 0.5m, 5, PerOccurrence: true));
        s.AddItem(new("D02", "承诺践诺", ItemKind.Duty, 0.5m, 5, PerOccurrence: true));
        s.AddItem(new("B01", "突出奉献、团结同事、带头致富", ItemKind.Bonus, 2, 2, PerOccurrence: true));
        s.AddItem(new("B02", "获乡、县级表彰", ItemKind.Bonus, 4, 4, PerOccurrence: true));
        s.AddItem(new("B03", "获省、州级表彰", ItemKind.Bonus, 8, 8, PerOccurrence: true));
        s.AddItem(new("B04", "党员义工日表现突出（报党建办审核）", ItemKind.Bonus, 2, 2, PerOccurrence: true, RequiresOfficeReview: true));
        s.AddItem(new("K01", "未落实基础分、履职分项目", ItemKind.Deduction, 0.5m, 5, PerOccurrence: true));
        s.AddItem(new("K02", "工作出现错漏、失误", ItemKind.Deduction, 1, 10, PerOccurrence: true));
        s.AddItem(new("K03", "失职、不尽责、不作为", ItemKind.Deduction, 1, 10, PerOccurrence: true));
        s.SetBands([(Grade.Excellent, 90), (Grade.Qualified, 80), (Grade.Unqualified, null)]);
        return s;
    }

    private static ScoringScheme Seed002(int townshipId, int year)
    {
        // 百分制: the preset starts members at 80 and lets contribution points add up to 20.
        var rules = Rules(BaseMode.StartFullAndDeduct, 80, 0, new YearEndDeadline(1, 10, true)) with { BonusAnnualCap = 20 };
        var s = new ScoringScheme(townshipId, year, "党员积分管理考核表（区）", rules, District002);
        s.AddItem(new("B01", "创先争优、受到表彰", ItemKind.Bonus, 1, 10, PerOccurrence: true));
        s.AddItem(new("B02", "志愿服务、服务群众", ItemKind.Bonus, 0.5m, 5, PerOccurrence: true));
        s.AddItem(new("K01", "违反有关制度和秩序规定", ItemKind.Deduction, 1, 10, PerOccurrence: true));
        s.AddItem(new("K02", "无故不参加组织生活", ItemKind.Deduction, 1, 5, PerOccurrence: true));
        s.AddItem(new("V01", "违纪违法", ItemKind.Veto, 0, 0));
        s.AddItem(new("V02", "不在组织", ItemKind.Veto, 0, 0));
        s.AddItem(new("V03", "不像党员", ItemKind.Veto, 0, 0));
        s.AddItem(new("V04", "不起作用", ItemKind.Veto, 0, 0));
        s.AddItem(new("V05", "不守规矩", ItemKind.Veto, 0, 0));
        s.SetBands([(Grade.Excellent, 90), (Grade.Good, 80), (Grade.Qualified, 60), (Grade.Unqualified, null)]);
        return s;
    }

    private static ScoringScheme Seed003(int townshipId, int year)
    {
        // The seed's figures are masked ("XX分", "×XX ﹢ ×X ﹢ ×X"). The preset: 共性任务 70 start full,
        // 个性/急难险重 up to 20, evaluation weights 好 10 / 中 5 / 差 0 (at most 10 points), bands 90/75/60.
        var rules = Rules(BaseMode.StartFullAndDeduct, 70, 0, new YearEndDeadline(12, 31, false)) with
        {
            BonusAnnualCap = 20,
            EvaluationMode = EvaluationMode.AddToTotal,
            GoodVoteWeight = 10,
            MediumVoteWeight = 5,
            PoorVoteWeight = 0,
        };
        var s = new ScoringScheme(townshipId, year, "农村党员先进性量化积分（县）", rules, County003);
        s.AddItem(new("B01", "个性任务践诺（三带头三提升六具体）", ItemKind.Bonus, 1, 5, PerOccurrence: true));
        s.AddItem(new("B02", "急难险重任务作表率", ItemKind.Bonus, 1, 5, PerOccurrence: true));
        s.AddItem(new("K01", "违反“五自觉、五带头”（视影响程度）", ItemKind.Deduction, 1, 10, PerOccurrence: true));
        s.AddItem(new("K02", "无故不参加支部活动", ItemKind.Deduction, 1, 5, PerOccurrence: true));
        s.SetBands([(Grade.Excellent, 90), (Grade.Qualified, 75), (Grade.BasicallyQualified, 60), (Grade.Unqualified, null)]);
        return s;
    }

    private static ScoringScheme Seed004(int townshipId, int year)
    {
        var rules = Rules(BaseMode.EarnedByCategory, 0, 0, new YearEndDeadline(12, 31, false));
        var s = new ScoringScheme(townshipId, year, "党员积分制管理评分表", rules, ScoreSheet004);
        s.AddCategory("C1", "思想政治表现", 30);
        s.AddCategory("C2", "组织纪律性", 20);
        s.AddCategory("C3", "工作业绩", 30);
        s.AddCategory("C4", "服务群众", 20);
        Sub(s, "C1", "S11", "坚定理想信念，积极参加党的理论学习", 10);
        Sub(s, "C1", "S12", "积极宣传党的政策，维护党的形象", 10);
        // The seed lists only 20 of this category's 30 points as sub-items; the rest is left to the branch.
        Sub(s, "C1", "S13", "其他思想政治表现（支部细化）", 10);
        Sub(s, "C2", "S21", "按时参加党的组织生活", 5);
        Sub(s, "C2", "S22", "遵守党的纪律规定", 10);
        Sub(s, "C2", "S23", "配合党支部工作安排", 5);
        Sub(s, "C3", "S31", "本职工作表现突出，取得显著成绩", 10);
        Sub(s, "C3", "S32", "参与党支部重大活动或项目", 10);
        Sub(s, "C3", "S33", "被上级党组织或单位表彰奖励", 10);
        Sub(s, "C4", "S41", "积极参加志愿服务活动", 10);
        Sub(s, "C4", "S42", "帮助群众解决实际困难", 10);
        s.SetBands([(Grade.Excellent, 90), (Grade.Good, 80), (Grade.Qualified, 70), (Grade.Unqualified, null)]);
        return s;
    }

    private static void Sub(ScoringScheme s, string category, string code, string name, decimal max) =>
        s.AddItem(new(code, name, ItemKind.Base, 0.5m, max, PerOccurrence: true, AnnualCap: max, CategoryCode: category));
}
