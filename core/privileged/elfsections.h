// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checked.h"

#include <QByteArrayView>

namespace kaleido::privileged {

/**
 * Finds one section of a kernel module file held in memory: a 64-bit ELF relocatable object (ET_REL) in this
 * machine's byte order and, where known, for this machine's architecture. Every offset, size and count in the
 * file is checked against the file's size before it is used, so any input, however hostile, gives either the
 * section's bytes (a view into @p file) or a Rejection that says in plain words what the file is not.
 *
 * Compressed modules (xz, zstd, gzip) are recognised by their magic bytes and refused with a hint to
 * decompress them: the kernel is given the file's own descriptor, and finit_module() takes uncompressed ELF.
 */
Checked<QByteArrayView> findElfSection(QByteArrayView file, QByteArrayView sectionName);

/// findElfSection(file, ".modinfo"): the "key=value\0" strings parseModinfoSection() reads.
Checked<QByteArrayView> findModinfoSection(QByteArrayView file);

} // namespace kaleido::privileged
