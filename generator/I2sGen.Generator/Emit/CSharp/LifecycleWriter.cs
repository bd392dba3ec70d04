using static I2sGen.Generator.Emit.CSharp.CSharpLiterals;

namespace I2sGen.Generator.Emit.CSharp;

/// <summary>
/// Constructor (the seed's <c>I2S(...)</c>: install the driver, route the pins, start the clocks), <c>Deinit</c>,
/// <c>Dispose</c>, <c>Dispose(bool)</c> and the finalizer. The C side keeps one handle per binding, so the object must only release a
/// driver it actually started: <c>_i2sActive</c> records that, and a failed constructor never sets it.
/// </summary>
internal static class LifecycleWriter
{
    public static void Write(CodeWriter writer, WrapperModel model)
    {
        var bus = Int(model.Config.Bus);
        var inUse = String(InUseMessage(model) + " (" + model.InitFunction + " returned ");

        // The dispose pattern (CA1063): a class the user left unsealed gets an overridable Dispose(bool), so a derived
        // class can release its own resources; a sealed one gets a private Dispose(bool) (a sealed class cannot declare virtuals).
        var disposeBool = model.Spec.IsSealed ? "private" : "protected virtual";
        writer.Line($$"""
            // True from a successful init until Deinit, Dispose or the finalizer releases the driver. A constructor that
            // failed leaves it false, so its finalizer cannot tear down a driver that another instance owns.
            {{WrapperModel.GeneratedCodeAttribute}}
            private bool {{GeneratedMembers.ActiveField}};

            // Serialises the transfers of this instance (see the class remarks on threads).
            {{WrapperModel.GeneratedCodeAttribute}}
            private readonly object {{GeneratedMembers.TransferLockField}} = new object();

            // The C side keeps one driver per binding, so init and deinit of every instance of this class (finalizers
            // included) run one at a time: a new instance cannot start the driver while a release still waits for a transfer.
            {{WrapperModel.GeneratedCodeAttribute}}
            private static readonly object {{GeneratedMembers.LifecycleLockField}} = new object();

            /// <summary>
            /// Installs the I2S driver on bus {{bus}}, routes the pins and starts the clocks (the seed's constructor).
            /// DMA memory (<see cref="{{GeneratedMembers.TotalDmaBytes}}"/> bytes) is allocated now and freed by <see cref="{{GeneratedMembers.Deinit}}"/>.
            /// </summary>
            /// <exception cref="global::System.InvalidOperationException">{{InUseDoc(model)}}</exception>
            /// <exception cref="global::I2sGen.I2sException">The driver refused the configuration or ran out of memory.</exception>
            {{WrapperModel.GeneratedCodeAttribute}}
            public {{model.ClassName}}()
            {
            """);
        if (model.TakesTurns)
        {
            WriteTurnTakingInit(writer, model);
        }
        else
        {
            writer.Line($$"""
                    int error;
                    lock ({{GeneratedMembers.LifecycleLockField}})
                    {
                        error = {{GeneratedMembers.NativeMethodsClass}}.{{GeneratedMembers.NativeInit}}();
                        {{GeneratedMembers.ActiveField}} = error == global::I2sGen.I2sError.Ok;
                    }

                    if (error != global::I2sGen.I2sError.Ok)
                    {
                        // Nothing was started, so there is nothing for the finalizer to release.
                        global::System.GC.SuppressFinalize(this);

                """);
        }

        writer.Line($$"""
                    // ESP_ERR_INVALID_STATE: this binding is already initialised (another live instance), or the legacy driver's
                    // port is installed; ESP_ERR_NOT_FOUND: the IDF 5 driver has no free channel on the bus.
                    if (error == global::I2sGen.I2sError.InvalidState || error == global::I2sGen.I2sError.NotFound)
                    {
                        throw new global::System.InvalidOperationException(
                            {{inUse}} + global::I2sGen.I2sError.GetName(error) + ")");
                    }

                    throw new global::I2sGen.I2sException(error, {{String(model.InitFunction)}});
                }
            }

            /// <summary>
            /// Stops the clocks and uninstalls the driver, freeing the DMA memory and the bus (the seed's <c>deinit()</c>).
            /// Calling it again does nothing. Afterwards <see cref="{{model.Method}}(byte[], int)"/> throws <see cref="global::System.ObjectDisposedException"/>.
            /// Safe while another thread is inside a transfer: that transfer ends and returns the bytes it moved or throws
            /// <see cref="global::System.ObjectDisposedException"/>; this method returns once it has left the driver.
            /// </summary>
            /// <exception cref="global::I2sGen.I2sException">The driver reported an error while stopping; the binding stays started, so the call can be retried.</exception>
            {{WrapperModel.GeneratedCodeAttribute}}
            public void {{GeneratedMembers.Deinit}}()
            {
                lock ({{GeneratedMembers.LifecycleLockField}})
                {
                    if (!{{GeneratedMembers.ActiveField}})
                    {
                        return;
                    }

                    // Cleared before the native deinit, which ends a transfer blocked on another thread: that transfer must
                    // already see the instance as released when it returns. A failed deinit leaves the binding started.
                    {{GeneratedMembers.ActiveField}} = false;
                    int error = {{GeneratedMembers.NativeMethodsClass}}.{{GeneratedMembers.NativeDeinit}}();
                    {{GeneratedMembers.ActiveField}} = error != global::I2sGen.I2sError.Ok;
                    {{GeneratedMembers.ThrowOnError}}(error, {{String(model.DeinitFunction)}});{{ReleaseTurn(model, "        ")}}

                    // Wait for a transfer still inside the driver to leave before another instance may start it again.
                    lock ({{GeneratedMembers.TransferLockField}})
                    {
                    }
                }

                global::System.GC.SuppressFinalize(this);
            }

            /// <summary>Releases the driver, the same as <see cref="{{GeneratedMembers.Deinit}}"/>.</summary>
            /// <exception cref="global::I2sGen.I2sException">The driver reported an error while stopping; the binding stays started, so the call can be retried.</exception>
            {{WrapperModel.GeneratedCodeAttribute}}
            public void {{GeneratedMembers.Dispose}}()
            {
                {{GeneratedMembers.Dispose}}(true);
                global::System.GC.SuppressFinalize(this);
            }

            /// <summary>
            /// Releases the driver: from <see cref="{{GeneratedMembers.Dispose}}()"/> as <see cref="{{GeneratedMembers.Deinit}}"/> does, reporting errors;
            /// from the finalizer (<paramref name="disposing"/> false) ignoring them, because a finalizer cannot report errors.
            /// </summary>
            /// <param name="disposing">True when called from <see cref="{{GeneratedMembers.Dispose}}()"/>, false from the finalizer.</param>
            /// <exception cref="global::I2sGen.I2sException">Disposing, the driver reported an error while stopping; the binding stays started.</exception>
            {{WrapperModel.GeneratedCodeAttribute}}
            {{disposeBool}} void {{GeneratedMembers.Dispose}}(bool disposing)
            {
                if (disposing)
                {
                    {{GeneratedMembers.Deinit}}();
                }
                else
                {
                    lock ({{GeneratedMembers.LifecycleLockField}})
                    {
                        if ({{GeneratedMembers.ActiveField}})
                        {
                            {{GeneratedMembers.ActiveField}} = false;
                            _ = {{GeneratedMembers.NativeMethodsClass}}.{{GeneratedMembers.NativeDeinit}}();{{ReleaseTurn(model, "                ")}}
                        }
                    }
                }
            }

            /// <summary>True once <see cref="{{GeneratedMembers.Deinit}}"/> or <see cref="{{GeneratedMembers.Dispose}}()"/> has released the driver.</summary>
            {{WrapperModel.GeneratedCodeAttribute}}
            public bool {{GeneratedMembers.IsDisposed}} => !{{GeneratedMembers.ActiveField}};

            /// <summary>Releases the driver of an instance that was never disposed.</summary>
            {{WrapperModel.GeneratedCodeAttribute}}
            ~{{model.ClassName}}()
            {
                {{GeneratedMembers.Dispose}}(false);
            }

            """);
    }
    /// <summary>
    /// The constructor's start for a member of a bus whose members take turns: the bus is claimed from its turn keeper
    /// (<see cref="SharedBusWriter"/>) before the native init, atomically, so two members opened at once on two threads
    /// cannot both start; a refused claim throws naming the member that holds the bus, and a failed init gives the
    /// claim back. The rest of the constructor (the error mapping) is the standalone binding's.
    /// </summary>
    private static void WriteTurnTakingInit(CodeWriter writer, WrapperModel model)
    {
        var bus = Int(model.Config.Bus);
        var self = String(model.Spec.FullName);
        var why = model.StockCannotDuplex
            ? "; the stock firmware's System.Device.I2s cannot run a receiver and a transmitter on one controller, so with I2sGenBackend=Stock the bindings on bus "
                + bus + " take turns (use the Interop backend for full duplex)"
            : "; the bindings on bus " + bus + " take turns";
        writer.Line($$"""
                int error;
                string? holder;
                lock ({{GeneratedMembers.LifecycleLockField}})
                {
                    holder = {{model.TurnKeeper}}.Claim({{self}});
                    error = global::I2sGen.I2sError.InvalidState;
                    if (holder == null)
                    {
                        error = {{GeneratedMembers.NativeMethodsClass}}.{{GeneratedMembers.NativeInit}}();
                        {{GeneratedMembers.ActiveField}} = error == global::I2sGen.I2sError.Ok;
                        if (!{{GeneratedMembers.ActiveField}})
                        {
                            {{model.TurnKeeper}}.Release({{self}});
                        }
                    }
                }

                if (error != global::I2sGen.I2sError.Ok)
                {
                    // Nothing was started, so there is nothing for the finalizer to release.
                    global::System.GC.SuppressFinalize(this);

                    // Another member of the shared bus is open: it must be closed first.
                    if (holder != null)
                    {
                        throw new global::System.InvalidOperationException(
                            {{String("I2S bus " + bus + " is open by ")}} + holder + ": dispose " + holder + {{String(" first" + why + ".")}});
                    }

            """);
    }

    /// <summary>The statement that gives a turn-taking member's claim back once its driver is released; empty otherwise.</summary>
    private static string ReleaseTurn(WrapperModel model, string indent) => model.TakesTurns
        ? "\n" + indent + model.TurnKeeper + ".Release(" + String(model.Spec.FullName) + ");"
        : string.Empty;

    /// <summary>
    /// What the constructor says when the native init finds the bus busy (ESP_ERR_INVALID_STATE or ESP_ERR_NOT_FOUND):
    /// a second instance of the class, or, for a binding alone on its bus, another binding; a shared bus's members
    /// are named, since a partner holding the bus is the likely cause when the C# turn keeper cannot see it (a
    /// full-duplex partner is not in the way, so only the class's own instances and bindings outside the bus remain).
    /// </summary>
    private static string InUseMessage(WrapperModel model)
    {
        var bus = Int(model.Config.Bus);
        if (model.SharedBus is null)
        {
            return "I2S bus " + bus + " is already in use by another binding or another " + model.Spec.ClassName + " instance";
        }

        return "I2S bus " + bus + " is already in use by another " + model.Spec.ClassName + " instance or by a binding outside the bus shared with "
            + model.PartnerNames;
    }

    private static string InUseDoc(WrapperModel model)
    {
        var bus = Int(model.Config.Bus);
        if (model.TakesTurns)
        {
            return "Another binding of shared bus " + bus + " (" + Xml(model.PartnerNames) + ") is open (the bindings take turns: dispose it first), "
                + "or another instance of this class has not been disposed.";
        }

        return model.SharedBus is null
            ? "Bus " + bus + " is already in use by another binding or by another\n/// instance of this class that has not been disposed."
            : "Another instance of this class has not been disposed, or a binding outside shared bus " + bus + " holds it.";
    }

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
