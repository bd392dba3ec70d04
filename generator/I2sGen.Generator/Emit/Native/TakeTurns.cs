using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// What a member of a take-turns bus adds to its standalone init and deinit: it claims the bus (the bus file's
/// <c>_acquire</c>) before touching the driver, frees it (<c>_release</c>) on every failure after that, and frees it once
/// its channel or port is gone. Everything else, including its own full configuration on each opening, stays as it is
/// for a binding alone on its bus.
/// </summary>
internal sealed class TakeTurns
{
    private readonly BusNames bus;
    private readonly string member;

    private TakeTurns(BusNames bus, string cName)
    {
        this.bus = bus;
        member = bus.MemberConstant(cName);
    }

    /// <summary>The take-turns role of <paramref name="spec"/>, or null when it is alone or in full duplex.</summary>
    public static TakeTurns? Of(BindingSpec spec) =>
        spec.SharedBus is { IsFullDuplex: false } shared ? new TakeTurns(new BusNames(shared), spec.CName) : null;

    /// <summary>The release call, for the failure paths after <see cref="WriteAcquire"/>.</summary>
    public string Release => bus.Release + "(" + member + ");";

    /// <summary>Writes the claim and returns the lines that undo it (the failure paths' cleanup).</summary>
    public string[] WriteAcquire(CodeWriter writer)
    {
        writer.Line($$"""
            /* {{bus.Port}} is shared by taking turns ({{bus.SourceFile}}): refused, and logged, while another member holds it. */
            if ({{bus.Acquire}}({{member}}) != ESP_OK) {
                return ESP_ERR_INVALID_STATE;
            }

            """);
        return new[] { Release };
    }

    /// <summary>The release as a continuation line of a template, <paramref name="indent"/> deep.</summary>
    public string ReleaseLine(string indent) => "\n" + indent + Release;
}
