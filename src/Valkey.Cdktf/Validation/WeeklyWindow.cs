using System.Globalization;
using System.Text.RegularExpressions;

namespace Valkey.Cdktf.Validation;

/// <summary>
/// A time window as minutes of the week (0 = Sunday 00:00), parsed from ElastiCache's
/// <c>ddd:hh24:mi-ddd:hh24:mi</c> (weekly) or <c>hh24:mi-hh24:mi</c> (daily) formats.
/// A window whose end is before its start wraps around midnight or the week's end.
/// </summary>
internal readonly partial record struct WeeklyWindow(int Start, int End)
{
    private const int MinutesPerDay = 24 * 60;
    private const int MinutesPerWeek = 7 * MinutesPerDay;
    private static readonly string[] Days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    [GeneratedRegex("^(sun|mon|tue|wed|thu|fri|sat):([01][0-9]|2[0-3]):([0-5][0-9])-(sun|mon|tue|wed|thu|fri|sat):([01][0-9]|2[0-3]):([0-5][0-9])$")]
    private static partial Regex WeeklyFormat();

    [GeneratedRegex("^([01][0-9]|2[0-3]):([0-5][0-9])-([01][0-9]|2[0-3]):([0-5][0-9])$")]
    private static partial Regex DailyFormat();

    /// <summary>Length in minutes.</summary>
    public int Length(int period) => ((End - Start) % period + period) % period;

    /// <summary>Parses a weekly window, lower-cased as the provider compares it; null when malformed.</summary>
    public static WeeklyWindow? ParseWeekly(string text)
    {
        var m = WeeklyFormat().Match(text.ToLowerInvariant());
        if (!m.Success) return null;
        return new WeeklyWindow(
            Minute(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value),
            Minute(m.Groups[4].Value, m.Groups[5].Value, m.Groups[6].Value));
    }

    /// <summary>Parses a daily window as minutes of the day; null when malformed.</summary>
    public static WeeklyWindow? ParseDaily(string text)
    {
        var m = DailyFormat().Match(text);
        if (!m.Success) return null;
        return new WeeklyWindow(
            Int(m.Groups[1].Value) * 60 + Int(m.Groups[2].Value),
            Int(m.Groups[3].Value) * 60 + Int(m.Groups[4].Value));
    }

    /// <summary>Weekly window length in minutes.</summary>
    public int WeeklyLength => Length(MinutesPerWeek);

    /// <summary>Daily window length in minutes.</summary>
    public int DailyLength => Length(MinutesPerDay);

    /// <summary>
    /// Whether this weekly window and a daily window (repeated every day) share a minute.
    /// Windows that only touch (one ends when the other starts) do not overlap.
    /// </summary>
    public bool OverlapsDaily(WeeklyWindow daily)
    {
        for (var day = 0; day < 7; day++)
        {
            var start = day * MinutesPerDay + daily.Start;
            if (Overlap(Start, WeeklyLength, start % MinutesPerWeek, daily.DailyLength)) return true;
        }
        return false;
    }

    private static bool Overlap(int aStart, int aLength, int bStart, int bLength)
    {
        // Two arcs on the week's circle overlap when either starts strictly inside the other.
        int Offset(int from, int to) => ((to - from) % MinutesPerWeek + MinutesPerWeek) % MinutesPerWeek;
        return Offset(aStart, bStart) < aLength || Offset(bStart, aStart) < bLength;
    }

    private static int Minute(string day, string hour, string minute) =>
        Array.IndexOf(Days, day) * MinutesPerDay + Int(hour) * 60 + Int(minute);

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}
