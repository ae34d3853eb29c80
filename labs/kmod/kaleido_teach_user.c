// SPDX-License-Identifier: GPL-2.0
/*
 * kaleido_teach_user - a module that depends on kaleido_teach.
 *
 * It calls kaleido_teach_count(), which kaleido_teach exports.  That one
 * call is enough for the kernel to tie the two together:
 *
 *   - loading kaleido_teach_user first fails: insmod reports "Unknown
 *     symbol in module" (ENOENT) and dmesg names the missing symbol;
 *   - once loaded, it is listed in /sys/module/kaleido_teach/holders/ and
 *     in lsmod's "Used by" column, and /sys/module/kaleido_teach/refcnt
 *     counts it;
 *   - rmmod kaleido_teach then fails until kaleido_teach_user is gone;
 *   - modinfo kaleido_teach_user.ko shows "depends: kaleido_teach",
 *     which modprobe uses to load kaleido_teach first.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/init.h>
#include <linux/module.h>
#include <linux/printk.h>

#include "kaleido_teach.h"

static int __init teach_user_init(void)
{
	pr_info("kaleido_teach holds %d objects\n", kaleido_teach_count());
	return 0;
}

static void __exit teach_user_exit(void)
{
	pr_info("unloaded; kaleido_teach can be unloaded now\n");
}

module_init(teach_user_init);
module_exit(teach_user_exit);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("The Kaleido authors");
MODULE_DESCRIPTION("Teaching module: uses a symbol exported by kaleido_teach");
MODULE_VERSION(KALEIDO_TEACH_VERSION);
