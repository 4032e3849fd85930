namespace PartyScoring.Infrastructure.Demo;

/// <summary>Deterministic, obviously fictional Chinese names for the demo roster.</summary>
internal static class DemoNames
{
    private const string Surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static readonly string[] Given =
    [
        "建国", "秀英", "志强", "桂兰", "海燕", "文华", "国庆", "丽娟", "明辉", "春梅", "德胜", "晓燕", "卫东", "玉兰",
        "红军", "淑芬", "永刚", "小红", "立新", "翠花", "振华", "美玲", "俊杰", "雪梅", "家宝", "慧敏", "长青", "金凤",
    ];

    public static string For(int index) =>
        $"{Surnames[index * 7 % Surnames.Length]}{Given[index * 11 % Given.Length]}";
}
