using I2sGen.Generator.NanoFramework;

namespace I2sGen.Generator.Emit.Native.NanoClr;

/// <summary>
/// Emits <c>I2sGen_Interop_I2sGen_Interop_I2sNative.cpp</c>: the six native methods in nanoCLR's raw stub style
/// (the metadata processor's marshalling cannot pass <c>SpanByte</c>, §4.3). Each finds the binding by the index the
/// wrapper passes, unpacks <c>byte[]</c> + offset + count or the <c>SpanByte</c> fields, the timeout and the by-ref
/// count, calls the binding's C function and returns its <c>esp_err_t</c> as the Int32 result: the wrapper maps
/// driver errors itself. Only what the wrapper has already ruled out is thrown, as the HRESULTs nanoCLR turns into
/// ArgumentNullException and ArgumentOutOfRangeException. The text does not depend on the bindings.
/// </summary>
internal static class InteropStubsEmitter
{
    public static NativeFile Emit()
    {
        var s = NanoClrNames.HandlerStruct;
        var m = InteropAssembly.MethodLookup;
        var text = NanoClrBanner.For(NanoClrNames.StubsFile, "the native methods of " + InteropAssembly.TypeFullName + ".") + $$"""

            #include "{{NanoClrNames.HeaderFile}}"
            #include "{{NanoClrNames.BindingsHeaderFile}}"

            typedef Library_corlib_native_System_SpanByte SpanByte;

            // The binding a managed index names, or nullptr when this firmware was built without it.
            static const {{NanoClrNames.BindingType}} *FindBinding(CLR_RT_HeapBlock &index)
            {
                CLR_INT32 value = index.NumericByRef().s4;
                if (value < 0 || (size_t)value >= {{NanoClrNames.BindingCount}})
                {
                    return nullptr;
                }

                return &{{NanoClrNames.BindingTable}}[value];
            }

            // Moves length bytes at array[start] through the binding's read or write function and stores the bytes moved in
            // the by-ref argument. A null array is only valid for an empty span. The array stays registered with the garbage
            // collector's protection list while the C function runs, as nf-interpreter's own I2S driver does.
            static HRESULT Transfer(
                CLR_RT_StackFrame &stack,
                bool receive,
                CLR_RT_HeapBlock_Array *array,
                CLR_INT32 start,
                CLR_INT32 length,
                CLR_RT_HeapBlock &timeoutArg,
                CLR_RT_HeapBlock &countArg)
            {
                NANOCLR_HEADER();

                const {{NanoClrNames.BindingType}} *binding = FindBinding(stack.Arg0());
                CLR_INT32 timeoutMs = timeoutArg.NumericByRef().s4;
                size_t moved = 0;
                esp_err_t err = ESP_OK;
                CLR_RT_HeapBlock count;

                if (array == nullptr)
                {
                    if (length != 0)
                    {
                        NANOCLR_SET_AND_LEAVE(CLR_E_ARGUMENT_NULL);
                    }
                }
                else if (
                    start < 0 || length < 0 || (CLR_UINT32)start > array->m_numOfElements ||
                    (CLR_UINT32)length > array->m_numOfElements - (CLR_UINT32)start)
                {
                    NANOCLR_SET_AND_LEAVE(CLR_E_OUT_OF_RANGE);
                }

                if (binding == nullptr || (receive ? binding->read == nullptr : binding->write == nullptr))
                {
                    // No such binding in this firmware, or a transfer the binding's direction does not have.
                    err = ESP_ERR_NOT_SUPPORTED;
                }
                else if (array == nullptr)
                {
                    err = receive ? binding->read(nullptr, 0, &moved, timeoutMs) : binding->write(nullptr, 0, &moved, timeoutMs);
                }
                else
                {
                    CLR_RT_ProtectFromGC gcBuffer(*array);
                    CLR_UINT8 *data = array->GetElement((CLR_UINT32)start);

                    err = receive ? binding->read(data, (size_t)length, &moved, timeoutMs)
                                  : binding->write(data, (size_t)length, &moved, timeoutMs);
                }

                count.SetInteger((CLR_INT32)moved);
                NANOCLR_CHECK_HRESULT(count.StoreToReference(countArg, 0));
                stack.SetResult_I4(err);

                NANOCLR_NOCLEANUP();
            }

            // (int binding, byte[] buffer, int offset, int count, int timeoutMs, ref int moved)
            static HRESULT TransferArray(CLR_RT_StackFrame &stack, bool receive)
            {
                NANOCLR_HEADER();

                CLR_RT_HeapBlock_Array *array = stack.Arg1().DereferenceArray();
                FAULT_ON_NULL_ARG(array);

                NANOCLR_CHECK_HRESULT(Transfer(
                    stack,
                    receive,
                    array,
                    stack.Arg2().NumericByRef().s4,
                    stack.Arg3().NumericByRef().s4,
                    stack.Arg4(),
                    stack.Arg5()));

                NANOCLR_NOCLEANUP();
            }

            // (int binding, SpanByte buffer, int timeoutMs, ref int moved): the span's fields _array, _start, _length.
            static HRESULT TransferSpan(CLR_RT_StackFrame &stack, bool receive)
            {
                NANOCLR_HEADER();

                CLR_RT_HeapBlock *span = stack.Arg1().Dereference();
                FAULT_ON_NULL_ARG(span);

                NANOCLR_CHECK_HRESULT(Transfer(
                    stack,
                    receive,
                    span[SpanByte::FIELD___array].DereferenceArray(),
                    span[SpanByte::FIELD___start].NumericByRef().s4,
                    span[SpanByte::FIELD___length].NumericByRef().s4,
                    stack.Arg2(),
                    stack.Arg3()));

                NANOCLR_NOCLEANUP();
            }

            // int Init(int binding, int fingerprint): ESP_ERR_NOT_SUPPORTED for a binding this firmware does not have,
            // ESP_ERR_INVALID_VERSION when the firmware's binding was generated from another configuration.
            HRESULT {{s}}::{{m[0]}}(CLR_RT_StackFrame &stack)
            {
                NANOCLR_HEADER();

                const {{NanoClrNames.BindingType}} *binding = FindBinding(stack.Arg0());
                CLR_UINT32 fingerprint = (CLR_UINT32)stack.Arg1().NumericByRef().s4;

                if (binding == nullptr)
                {
                    stack.SetResult_I4(ESP_ERR_NOT_SUPPORTED);
                }
                else if (binding->fingerprint != fingerprint)
                {
                    stack.SetResult_I4(ESP_ERR_INVALID_VERSION);
                }
                else
                {
                    stack.SetResult_I4(binding->init());
                }

                NANOCLR_NOCLEANUP_NOLABEL();
            }

            // int Deinit(int binding)
            HRESULT {{s}}::{{m[1]}}(CLR_RT_StackFrame &stack)
            {
                NANOCLR_HEADER();

                const {{NanoClrNames.BindingType}} *binding = FindBinding(stack.Arg0());
                stack.SetResult_I4(binding == nullptr ? ESP_ERR_NOT_SUPPORTED : binding->deinit());

                NANOCLR_NOCLEANUP_NOLABEL();
            }

            // int Read(int binding, byte[] buffer, int offset, int count, int timeoutMs, ref int bytesRead)
            HRESULT {{s}}::{{m[2]}}(CLR_RT_StackFrame &stack)
            {
                return TransferArray(stack, true);
            }

            // int ReadSpan(int binding, SpanByte buffer, int timeoutMs, ref int bytesRead)
            HRESULT {{s}}::{{m[3]}}(CLR_RT_StackFrame &stack)
            {
                return TransferSpan(stack, true);
            }

            // int Write(int binding, byte[] buffer, int offset, int count, int timeoutMs, ref int bytesWritten)
            HRESULT {{s}}::{{m[4]}}(CLR_RT_StackFrame &stack)
            {
                return TransferArray(stack, false);
            }

            // int WriteSpan(int binding, SpanByte buffer, int timeoutMs, ref int bytesWritten)
            HRESULT {{s}}::{{m[5]}}(CLR_RT_StackFrame &stack)
            {
                return TransferSpan(stack, false);
            }

            """;
        return new NativeFile(NanoClrNames.StubsFile, text.Replace("\r\n", "\n"));
    }
}
