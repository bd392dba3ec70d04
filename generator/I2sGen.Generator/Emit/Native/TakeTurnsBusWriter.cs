using System.Globalization;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// The take-turns bus: who holds the controller, one atomic integer. A member claims it before its init touches the
/// driver and frees it once its deinit has deleted the channel (or uninstalled the port); a second member's init is
/// refused with <c>ESP_ERR_INVALID_STATE</c> and a log naming the holder, without touching it. Each member keeps its
/// own full init, so its own configuration is installed on every opening. No mutex: a compare-and-swap decides.
/// </summary>
internal static class TakeTurnsBusWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void WriteDeclarations(CodeWriter writer, SharedBusSpec bus, BusNames names)
    {
        writer.Line("/** The members of " + names.Port + ", which take turns: one at a time holds the controller. */");
        using (writer.Scope("enum {", "};"))
        {
            for (var i = 0; i < bus.Members.Count; i++)
            {
                var member = bus.Members[i];
                writer.Line("/** " + member.FullName + " */");
                writer.Line(names.MemberConstant(member.CName) + " = " + i.ToString(Inv) + ",");
            }
        }

        writer.Line($$"""

            /**
             * @brief Claims {{names.Port}} for @p member.
             *
             * @return
             *      - ESP_OK                 @p member holds the bus now
             *      - ESP_ERR_INVALID_STATE  Another member holds it (logged with its name); nothing changed
             */
            esp_err_t {{names.Acquire}}(int member);

            /** @brief Frees {{names.Port}} if @p member holds it. */
            void {{names.Release}}(int member);
            """);
    }

    public static void WriteDefinitions(CodeWriter writer, SharedBusSpec bus, BusNames names)
    {
        using (writer.Scope("static const char *const s_names[] = {", "};"))
        {
            foreach (var member in bus.Members)
            {
                writer.Line("\"" + member.FullName + " (" + member.CName + "_i2s)\",");
            }
        }

        writer.Line("""

            /* The member that holds the bus, or NO_MEMBER. */
            #define NO_MEMBER (-1)
            static atomic_int s_holder = NO_MEMBER;

            """);
        using (CLayout.Function(writer, "esp_err_t " + names.Acquire + "(", "int member"))
        {
            writer.Line("""
                int holder = NO_MEMBER;
                if (atomic_compare_exchange_strong(&s_holder, &holder, member)) {
                    return ESP_OK;
                }
                /* holder is the member that held the bus at the exchange; it may have freed it since: the caller may retry. */
                """);
            CSourceWriter.Log(writer, "ESP_LOGE", "%s cannot start: " + names.Port + " is in use by %s (the members take turns; stop it first)",
                "s_names[member]", "s_names[holder]");
            writer.Line("return ESP_ERR_INVALID_STATE;");
        }

        writer.Line($$"""

            void {{names.Release}}(int member)
            {
                int holder = member;
                (void)atomic_compare_exchange_strong(&s_holder, &holder, NO_MEMBER);
            }
            """);
    }
}
