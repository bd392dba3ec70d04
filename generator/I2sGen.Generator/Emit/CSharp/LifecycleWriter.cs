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
        var inUse = String("I2S bus " + bus + " is already in use by another binding or another " + model.Spec.ClassName + " instance ("
            + model.InitFunction + " returned ");

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
            /// <exception cref="global::System.InvalidOperationException">Bus {{bus}} is already in use by another binding or by another
            /// instance of this class that has not been disposed.</exception>
            /// <exception cref="global::I2sGen.I2sException">The driver refused the configuration or ran out of memory.</exception>
            {{WrapperModel.GeneratedCodeAttribute}}
            public {{model.ClassName}}()
            {
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
                    {{GeneratedMembers.ThrowOnError}}(error, {{String(model.DeinitFunction)}});

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
                            _ = {{GeneratedMembers.NativeMethodsClass}}.{{GeneratedMembers.NativeDeinit}}();
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
}
