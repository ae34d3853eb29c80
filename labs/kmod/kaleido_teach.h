/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kaleido_teach.h - what kaleido_teach offers to other modules.
 *
 * A module that calls a function exported by another module (see
 * EXPORT_SYMBOL_GPL in kaleido_teach.c) needs its prototype, exactly like
 * any C caller.  The kernel then links the two modules at load time and
 * records the dependency: kaleido_teach_user appears in
 * /sys/module/kaleido_teach/holders/ and in the "Used by" column of lsmod.
 */
#ifndef KALEIDO_TEACH_H
#define KALEIDO_TEACH_H

/* Shown by modinfo; packaging/dkms/dkms.conf carries the same number. */
#define KALEIDO_TEACH_VERSION "0.1.0"

/* How many objects kaleido_teach holds in its slab cache right now. */
int kaleido_teach_count(void);

#endif /* KALEIDO_TEACH_H */
