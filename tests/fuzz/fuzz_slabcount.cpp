// SPDX-License-Identifier: GPL-2.0-or-later
// Seeds: sys/kernel/slab/*/objects sys/kernel/slab/*/slabs sys/kernel/slab/*/partial
#include "slabcacheattributes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)kaleido::parseSlabCount(text);

    // The same bytes as every attribute of one cache, through the typed accessors.
    kaleido::KernelAttributes attributes;
    attributes.directory = QStringLiteral("/sys/kernel/slab/x");
    for (const QString& name : kaleido::slabAttributeNames()) {
        kaleido::KernelAttribute a;
        a.name = name;
        a.path = attributes.directory + QLatin1Char('/') + name;
        a.text = text.trimmed().toByteArray();
        attributes.items.append(a);
    }
    const auto cache = kaleido::makeSlabCache(QStringLiteral(":A-0000064"), {}, attributes);
    (void)cache.paddingBytes();
    (void)cache.objects();
    (void)cache.objectSize();
    return 0;
}
