using Spectre.Console;
using Spectre.Console.Rendering;

namespace Valkey.Cdktf.App.Cli;

/// <summary>
/// Tables for the commands' reports, through Spectre.Console: rounded borders and colour on a
/// terminal, plain indented columns in a log or a file, never wrapped.
/// </summary>
internal static class TableWriter
{
    /// <summary>Writes a table of <paramref name="rows"/> under <paramref name="headers"/>; a row's style marks it (red, yellow) on a terminal.</summary>
    public static void Write(TextWriter output, bool terminal, IReadOnlyList<string> headers, IEnumerable<(IReadOnlyList<string> Cells, Style Style)> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        var table = new Table { Border = terminal ? TableBorder.Rounded : TableBorder.None, ShowHeaders = true };
        foreach (var header in headers)
        {
            var column = new TableColumn(new Text(header)) { NoWrap = true };
            column.Padding(new Padding(terminal ? 1 : 0, 0, terminal ? 1 : 2, 0));
            table.AddColumn(column);
        }
        foreach (var (cells, style) in rows)
        {
            table.AddRow(cells.Select((cell, i) => (IRenderable)new Text(cell, terminal && i == cells.Count - 1 ? style : Style.Plain)).ToArray());
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 1000;
        console.Write(new Padder(table, new Padding(2, 0, 0, 0)));
    }
}
