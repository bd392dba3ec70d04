using static I2sGen.Generator.Emit.CSharp.CSharpLiterals;

namespace I2sGen.Generator.Emit.CSharp;

/// <summary>
/// Constructor (the seed's <c>I2S(...)</c>: install the driver, route the pins, start the clocks), <c>Deinit</c>,
/// <c>Dispose</c> and the finalizer. The C side keeps one handle per binding, so the object must only release a
/// driver it actually started: <c>_i2sActive</c> records that, and a failed constructor never sets it.
/// </summary>
internal static class LifecycleWriter
{
    public static void Write(CodeWriter writer, WrapperModel model)
    {
        var bus = Int(model.Config.Bus);
        var error = "global::I2sGen.I2sError";

        writer.Line("// True from a successful init until Deinit, Dispose or the finalizer releases the driver. A constructor that");
        writer.Line("// failed leaves it false, so its finalizer cannot tear down a driver that another instance owns.");
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        writer.Line("private bool " + GeneratedMembers.ActiveField + ";");
        writer.Line();

        writer.Line("/// <summary>");
        writer.Line("/// Installs the I2S driver on bus " + bus + ", routes the pins and starts the clocks (the seed's constructor).");
        writer.Line("/// DMA memory (<see cref=\"" + GeneratedMembers.TotalDmaBytes + "\"/> bytes) is allocated now and freed by <see cref=\"" + GeneratedMembers.Deinit + "\"/>.");
        writer.Line("/// </summary>");
        writer.Line("/// <exception cref=\"global::System.InvalidOperationException\">Bus " + bus + " is already in use by another binding or by another");
        writer.Line("/// instance of this class that has not been disposed.</exception>");
        writer.Line("/// <exception cref=\"global::I2sGen.I2sException\">The driver refused the configuration or ran out of memory.</exception>");
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        using (writer.Block("public " + model.ClassName + "()"))
        {
            writer.Line("int error = " + GeneratedMembers.NativeInit + "();");
            writer.Line("if (error != " + error + ".Ok)");
            writer.Line("{");
            writer.Indent();
            writer.Line("// Nothing was started, so there is nothing for the finalizer to release.");
            writer.Line("global::System.GC.SuppressFinalize(this);");
            writer.Line();
            writer.Line("// ESP_ERR_INVALID_STATE: this binding is already initialised (another live instance), or the legacy driver's");
            writer.Line("// port is installed; ESP_ERR_NOT_FOUND: the IDF 5 driver has no free channel on the bus.");
            using (writer.Block("if (error == " + error + ".InvalidState || error == " + error + ".NotFound)"))
            {
                writer.Line("throw new global::System.InvalidOperationException(");
                writer.Indent();
                writer.Line(String("I2S bus " + bus + " is already in use by another binding or another " + model.ClassName + " instance (" + model.InitFunction + " returned ")
                    + " + " + error + ".GetName(error) + \")\");");
                writer.Outdent();
            }

            writer.Line();
            writer.Line("throw new global::I2sGen.I2sException(error, " + String(model.InitFunction) + ");");
            writer.Outdent();
            writer.Line("}");
            writer.Line();
            writer.Line(GeneratedMembers.ActiveField + " = true;");
        }

        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Stops the clocks and uninstalls the driver, freeing the DMA memory and the bus (the seed's <c>deinit()</c>).");
        writer.Line("/// Calling it again does nothing. Afterwards <see cref=\"" + model.Method + "(byte[], int)\"/> throws <see cref=\"global::System.ObjectDisposedException\"/>.");
        writer.Line("/// </summary>");
        writer.Line("/// <exception cref=\"global::I2sGen.I2sException\">The driver reported an error while stopping; the binding stays started, so the call can be retried.</exception>");
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        using (writer.Block("public void " + GeneratedMembers.Deinit + "()"))
        {
            using (writer.Block("if (!" + GeneratedMembers.ActiveField + ")"))
            {
                writer.Line("return;");
            }

            // Like the C side, a failed stop leaves the binding started: the call can be retried, and the finalizer
            // still releases it if nobody does.
            writer.Line();
            writer.Line(GeneratedMembers.ThrowOnError + "(" + GeneratedMembers.NativeDeinit + "(), " + String(model.DeinitFunction) + ");");
            writer.Line(GeneratedMembers.ActiveField + " = false;");
            writer.Line("global::System.GC.SuppressFinalize(this);");
        }

        writer.Line();
        writer.Line("/// <summary>Releases the driver, the same as <see cref=\"" + GeneratedMembers.Deinit + "\"/>.</summary>");
        writer.Line("/// <exception cref=\"global::I2sGen.I2sException\">The driver reported an error while stopping; the binding stays started, so the call can be retried.</exception>");
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        writer.Line("public void " + GeneratedMembers.Dispose + "() => " + GeneratedMembers.Deinit + "();");
        writer.Line();
        writer.Line("/// <summary>True once <see cref=\"" + GeneratedMembers.Deinit + "\"/> or <see cref=\"" + GeneratedMembers.Dispose + "\"/> has released the driver.</summary>");
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        writer.Line("public bool " + GeneratedMembers.IsDisposed + " => !" + GeneratedMembers.ActiveField + ";");
        writer.Line();
        writer.Line("/// <summary>Releases the driver of an instance that was never disposed; a finalizer cannot report errors, so they are ignored.</summary>");
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        using (writer.Block("~" + model.ClassName + "()"))
        {
            using (writer.Block("if (" + GeneratedMembers.ActiveField + ")"))
            {
                writer.Line(GeneratedMembers.ActiveField + " = false;");
                writer.Line("_ = " + GeneratedMembers.NativeDeinit + "();");
            }
        }

        writer.Line();
    }
}
