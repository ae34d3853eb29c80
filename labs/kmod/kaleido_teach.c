// SPDX-License-Identifier: GPL-2.0
/*
 * kaleido_teach - a kernel module written to be read, loaded and watched.
 *
 * Every part of this file demonstrates one thing a module can do, and says
 * where a user can see it happen from a shell (or from Kaleido):
 *
 *   1. module parameters of several types and permissions
 *        /sys/module/kaleido_teach/parameters/, modinfo -p kaleido_teach.ko
 *   2. a read-only /proc file built with seq_file
 *        cat /proc/kaleido_teach
 *   3. a slab cache of its own, filled with objects at load
 *        grep kaleido_teach_obj /proc/slabinfo, /sys/kernel/slab/kaleido_teach_obj/
 *   4. a vmalloc'ed buffer
 *        grep kaleido_teach /proc/vmallocinfo
 *   5. one message at each printk level
 *        dmesg (or kaleido-cli kmsg)
 *   6. an exported function that a second module uses
 *        /sys/module/kaleido_teach/holders/, lsmod's "Used by"
 *   7. a load that fails on request, and the clean-up that follows
 *        insmod kaleido_teach.ko fail_with=12
 *
 * /proc/slabinfo and /proc/vmallocinfo are readable by root only.
 *
 * Build:  make KVER=<kernel release>   (labs/kmod/Makefile)
 * Load:   insmod kaleido_teach.ko objects=100 greeting=hi weights=5,6,7
 * Unload: rmmod kaleido_teach_user; rmmod kaleido_teach
 */

/*
 * pr_fmt() is prepended by every pr_*() call below, so each log line starts
 * with "kaleido_teach: ".  KBUILD_MODNAME is set by Kbuild to the module's
 * name.  It must be defined before any #include.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/atomic.h>
#include <linux/bits.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/printk.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

#include "kaleido_teach.h"

/* ------------------------------------------------------------------------
 * 1. Parameters
 *
 * module_param(name, type, perm) makes a global variable settable at load
 * time ("insmod kaleido_teach.ko objects=10") and, unless perm is 0, shows
 * it as the file /sys/module/kaleido_teach/parameters/<name> with mode
 * perm.  The kernel parses and type-checks the value before init runs: a
 * value of the wrong type ("objects=ten") makes the load fail with EINVAL
 * and dmesg says which parameter was wrong.
 *
 *   perm 0444  read-only in sysfs: it only means something at load time.
 *   perm 0644  root may change it while the module runs, by writing the
 *              sysfs file.  The module is not told; it sees the new value
 *              the next time it reads the variable.
 *   perm 0     not in sysfs at all (modinfo still lists it).
 *
 * MODULE_PARM_DESC() is the text "modinfo -p" shows next to each name.
 * ------------------------------------------------------------------------
 */

#define TEACH_MAX_OBJECTS	100000
#define TEACH_MAX_BUFFER_KIB	16384	/* 16 MiB */
#define TEACH_MAX_WEIGHTS	8
#define TEACH_LAST_ERRNO	133	/* EHWPOISON, the highest errno user space knows */

/* int, read-only: used once, at load. */
static int objects = 64;
module_param(objects, int, 0444);
MODULE_PARM_DESC(objects,
		 "Objects to allocate from the kaleido_teach_obj slab cache at load (0-100000, default 64)");

/* uint: the parser itself refuses a negative number. */
static unsigned int buffer_kib = 128;
module_param(buffer_kib, uint, 0444);
MODULE_PARM_DESC(buffer_kib,
		 "Size of the vmalloc buffer in KiB (1-16384, default 128)");

/* charp, writable: a string the kernel allocates and copies for us. */
static char *greeting = "hello from kaleido_teach";
module_param(greeting, charp, 0644);
MODULE_PARM_DESC(greeting,
		 "Text shown in /proc/kaleido_teach; writable in sysfs (use echo -n: a newline is kept)");

/* bool, writable: accepts 0/1, y/n, Y/N; sysfs shows Y or N. */
static bool verbose;
module_param(verbose, bool, 0644);
MODULE_PARM_DESC(verbose,
		 "Also list the first objects in /proc/kaleido_teach; writable in sysfs (default N)");

/*
 * An array of ints: "weights=5,6,7".  The kernel stores how many values
 * were given in nr_weights; more than TEACH_MAX_WEIGHTS fails the load.
 */
static int weights[TEACH_MAX_WEIGHTS] = { 1, 2, 3 };
static int nr_weights = 3;
module_param_array(weights, int, &nr_weights, 0444);
MODULE_PARM_DESC(weights,
		 "Up to 8 comma-separated integers, summed in /proc/kaleido_teach (default 1,2,3)");

/* hexint: an unsigned int that sysfs shows in hexadecimal. */
static unsigned int log_levels = 0xf0;
module_param(log_levels, hexint, 0444);
MODULE_PARM_DESC(log_levels,
		 "Bit n set: print the level demo at printk level n at load (default 0xf0 = levels 4-7; 0xff = all)");

/* perm 0: settable at load, invisible in /sys/module/kaleido_teach/parameters. */
static int fail_with;
module_param(fail_with, int, 0);
MODULE_PARM_DESC(fail_with,
		 "Make the load fail with this errno after everything was set up, e.g. 12 (ENOMEM) or 22 (EINVAL); 0 = succeed");

/* ------------------------------------------------------------------------
 * 3. The slab cache and its objects
 *
 * A slab cache hands out objects of one size, carved from whole pages.
 * Each cache is a line of /proc/slabinfo:
 *
 *   name  active_objs num_objs objsize objperslab pagesperslab : ...
 *
 * SLUB, the allocator of current kernels, *merges* a new cache into an
 * existing one whose object size, alignment and flags are compatible: the
 * new name then only appears as a symlink in /sys/kernel/slab/ (on 6.1 it
 * even stays there after the module is gone) and its objects are counted
 * under the other cache's name in /proc/slabinfo.
 * A cache is never merged when
 *   - it has a constructor (what we use: it works on every kernel),
 *   - it is created with SLAB_NO_MERGE (only since Linux 6.5),
 *   - it has debugging flags (SLAB_POISON, SLAB_RED_ZONE, ...) or
 *     SLAB_TYPESAFE_BY_RCU, which change how objects are laid out or freed,
 *   - or the kernel was booted with slab_nomerge.
 *
 * The constructor runs once for every object of a new slab, when the
 * allocator takes fresh pages for the cache -- not on every
 * kmem_cache_alloc().  So constructor_calls in /proc/kaleido_teach equals
 * num_objs in /proc/slabinfo (objects that exist), not the number of
 * objects in use.  An object must be returned to kmem_cache_free() in the
 * state the constructor left it, because it will not be constructed again.
 * ------------------------------------------------------------------------
 */

#define TEACH_CACHE_NAME	"kaleido_teach_obj"
#define TEACH_OBJ_MAGIC		0x6b616c65	/* "kale" */

struct teach_obj {
	struct list_head node;	/* links the object into teach_objects */
	u32 magic;		/* set by the constructor, never changed */
	u32 serial;		/* 0, 1, 2, ... in allocation order */
	u8 payload[96];		/* stands in for a real object's data */
};

#ifdef SLAB_NO_MERGE
#define TEACH_CACHE_FLAGS	(SLAB_HWCACHE_ALIGN | SLAB_NO_MERGE)
#else
#define TEACH_CACHE_FLAGS	SLAB_HWCACHE_ALIGN
#endif

static struct kmem_cache *teach_cache;
/*
 * The objects, on an intrusive list: the list_head lives inside each
 * object.  Written only by init and exit, when nothing else can run in
 * this module (the /proc file and the exported function exist only in
 * between), so it needs no lock.
 */
static LIST_HEAD(teach_objects);
static int teach_nr_objects;
static atomic_t teach_ctor_calls = ATOMIC_INIT(0);

static void teach_obj_ctor(void *p)
{
	struct teach_obj *obj = p;

	obj->magic = TEACH_OBJ_MAGIC;
	atomic_inc(&teach_ctor_calls);
}

static void teach_objects_free(void)
{
	struct teach_obj *obj, *next;

	list_for_each_entry_safe(obj, next, &teach_objects, node) {
		list_del(&obj->node);
		kmem_cache_free(teach_cache, obj);
	}
	teach_nr_objects = 0;
}

static int __init teach_objects_alloc(int count)
{
	struct teach_obj *obj;
	int i;

	for (i = 0; i < count; i++) {
		obj = kmem_cache_alloc(teach_cache, GFP_KERNEL);
		if (!obj) {
			teach_objects_free();
			return -ENOMEM;
		}
		obj->serial = i;
		memset(obj->payload, 0, sizeof(obj->payload));
		list_add_tail(&obj->node, &teach_objects);
		teach_nr_objects++;
	}
	return 0;
}

/* ------------------------------------------------------------------------
 * 4. The vmalloc buffer
 *
 * vmalloc() returns memory that is contiguous in the kernel's virtual
 * address space but built from separate pages, so it can be large.  Each
 * area is a line of /proc/vmallocinfo:
 *
 *   0x...-0x...  135168 teach_buffer_create+0xe/0x30 [kaleido_teach] pages=32 vmalloc N0=32
 *
 * (128 KiB plus one guard page).  The symbol is the function that called
 * vmalloc().  That is why this is a separate function, not marked __init
 * and never inlined: code marked __init is freed once init succeeds, and
 * /proc/vmallocinfo would then show a bare address instead of a name.
 * ------------------------------------------------------------------------
 */

static void *teach_buffer;
static size_t teach_buffer_bytes;

static noinline int teach_buffer_create(size_t bytes)
{
	teach_buffer = vzalloc(bytes);
	if (!teach_buffer)
		return -ENOMEM;
	teach_buffer_bytes = bytes;
	return 0;
}

static void teach_buffer_destroy(void)
{
	vfree(teach_buffer);	/* vfree(NULL) is allowed */
	teach_buffer = NULL;
	teach_buffer_bytes = 0;
}

/* ------------------------------------------------------------------------
 * 6. An exported function
 *
 * EXPORT_SYMBOL_GPL() lets other modules call this function; _GPL means
 * only modules with a GPL-compatible MODULE_LICENSE may.  The exported
 * name appears in /proc/kallsyms (marked by the module's name) and in the
 * Module.symvers file the build writes.  When kaleido_teach_user is loaded
 * and calls it, the kernel pins kaleido_teach: rmmod kaleido_teach fails
 * until kaleido_teach_user is unloaded.
 * ------------------------------------------------------------------------
 */

int kaleido_teach_count(void)
{
	return teach_nr_objects;
}
EXPORT_SYMBOL_GPL(kaleido_teach_count);

/* ------------------------------------------------------------------------
 * 2. /proc/kaleido_teach
 *
 * seq_file does the buffering: the show function prints the whole file
 * with seq_printf(), and seq_file hands it to read() in pieces of any size.
 * proc_create_single() is the shortest way to get a file that is one show
 * function.
 * ------------------------------------------------------------------------
 */

#define TEACH_PROC_NAME		"kaleido_teach"
#define TEACH_VERBOSE_OBJECTS	8

static atomic_t teach_reads = ATOMIC_INIT(0);

static int teach_proc_show(struct seq_file *m, void *v)
{
	const struct teach_obj *obj;
	long sum = 0;
	int i, listed = 0;

	seq_printf(m, "module: %s\n", KBUILD_MODNAME);
	seq_printf(m, "version: %s\n", KALEIDO_TEACH_VERSION);
	/*
	 * greeting can be replaced through sysfs while we print it (the
	 * old string is then freed): the parameter lock keeps it stable.
	 */
	kernel_param_lock(THIS_MODULE);
	seq_printf(m, "greeting: %s\n", greeting);
	kernel_param_unlock(THIS_MODULE);
	seq_printf(m, "verbose: %c\n", READ_ONCE(verbose) ? 'Y' : 'N');
	seq_printf(m, "slab_cache: %s\n", TEACH_CACHE_NAME);
	seq_printf(m, "object_size: %zu\n", sizeof(struct teach_obj));
	seq_printf(m, "objects: %d\n", teach_nr_objects);
	seq_printf(m, "constructor_calls: %d\n", atomic_read(&teach_ctor_calls));
	seq_printf(m, "buffer_bytes: %zu\n", teach_buffer_bytes);
	seq_printf(m, "buffer_pages: %zu\n", DIV_ROUND_UP(teach_buffer_bytes, PAGE_SIZE));
	seq_puts(m, "weights:");
	for (i = 0; i < nr_weights; i++) {
		seq_printf(m, " %d", weights[i]);
		sum += weights[i];
	}
	seq_putc(m, '\n');
	seq_printf(m, "weights_count: %d\n", nr_weights);
	seq_printf(m, "weights_sum: %ld\n", sum);
	seq_printf(m, "log_levels: %#x\n", log_levels);
	/* This read included: shows that show() runs again on every open. */
	seq_printf(m, "reads: %d\n", atomic_inc_return(&teach_reads));

	if (!READ_ONCE(verbose))
		return 0;
	list_for_each_entry(obj, &teach_objects, node) {
		if (listed++ == TEACH_VERBOSE_OBJECTS)
			break;
		seq_printf(m, "object %u: magic %#x\n", obj->serial, obj->magic);
	}
	return 0;
}

/* ------------------------------------------------------------------------
 * 5. printk levels
 *
 * Each pr_*() macro puts a level (0 = KERN_EMERG ... 7 = KERN_DEBUG) in
 * front of the message.  Every level goes to the kernel log (dmesg); a
 * message also goes to the console when its level is below the console
 * log level, the first number of /proc/sys/kernel/printk (often 4: levels
 * 0-3).  systemd-journald additionally writes KERN_EMERG messages to every
 * logged-in terminal.  In a classroom, where many people load this module
 * on shared machines, that is noise, so by default (log_levels=0xf0) only
 * levels 4-7 are used; log_levels=0xff shows all eight.
 *
 * pr_debug() is special: on kernels with dynamic debug (most distribution
 * kernels) it is compiled in but switched off.  Switch this module's debug
 * messages on at load with the dyndbg parameter every module has:
 *     insmod kaleido_teach.ko dyndbg=+p
 * or later through /sys/kernel/debug/dynamic_debug/control.
 * ------------------------------------------------------------------------
 */

static void teach_level_demo(void)
{
	if (log_levels & BIT(0))
		pr_emerg("level demo: 0 KERN_EMERG (pr_emerg)\n");
	if (log_levels & BIT(1))
		pr_alert("level demo: 1 KERN_ALERT (pr_alert)\n");
	if (log_levels & BIT(2))
		pr_crit("level demo: 2 KERN_CRIT (pr_crit)\n");
	if (log_levels & BIT(3))
		pr_err("level demo: 3 KERN_ERR (pr_err)\n");
	if (log_levels & BIT(4))
		pr_warn("level demo: 4 KERN_WARNING (pr_warn)\n");
	if (log_levels & BIT(5))
		pr_notice("level demo: 5 KERN_NOTICE (pr_notice)\n");
	if (log_levels & BIT(6))
		pr_info("level demo: 6 KERN_INFO (pr_info)\n");
	if (log_levels & BIT(7))
		pr_debug("level demo: 7 KERN_DEBUG (pr_debug, shown with dyndbg=+p)\n");
}

/* ------------------------------------------------------------------------
 * Load and unload
 *
 * init sets things up in order and, when a step fails, undoes the steps
 * before it in reverse order (the goto ladder), so a failed load leaves
 * nothing behind.  Whatever init returns below zero becomes the errno of
 * insmod's finit_module() call: 0 means loaded, -ENOMEM reads "Cannot
 * allocate memory", and so on.  The module is then not loaded at all.
 * ------------------------------------------------------------------------
 */

static int __init teach_check_params(void)
{
	if (objects < 0 || objects > TEACH_MAX_OBJECTS) {
		pr_err("objects=%d is out of range (0-%d)\n", objects, TEACH_MAX_OBJECTS);
		return -EINVAL;
	}
	if (buffer_kib < 1 || buffer_kib > TEACH_MAX_BUFFER_KIB) {
		pr_err("buffer_kib=%u is out of range (1-%d)\n", buffer_kib, TEACH_MAX_BUFFER_KIB);
		return -EINVAL;
	}
	if (fail_with < 0 || fail_with > TEACH_LAST_ERRNO) {
		pr_err("fail_with=%d is not an errno (1-%d), or 0\n", fail_with, TEACH_LAST_ERRNO);
		return -EINVAL;
	}
	return 0;
}

static int __init teach_init(void)
{
	int ret;

	ret = teach_check_params();
	if (ret)
		return ret;

	teach_level_demo();

	teach_cache = kmem_cache_create(TEACH_CACHE_NAME, sizeof(struct teach_obj),
					0, TEACH_CACHE_FLAGS, teach_obj_ctor);
	if (!teach_cache)
		return -ENOMEM;

	ret = teach_objects_alloc(objects);
	if (ret)
		goto err_cache;

	ret = teach_buffer_create((size_t)buffer_kib * 1024);
	if (ret)
		goto err_objects;

	if (!proc_create_single(TEACH_PROC_NAME, 0444, NULL, teach_proc_show)) {
		ret = -ENOMEM;
		goto err_buffer;
	}

	if (fail_with) {
		pr_warn("failing the load on purpose with -%d (fail_with=%d); undoing everything\n",
			fail_with, fail_with);
		ret = -fail_with;
		goto err_proc;
	}

	pr_info("loaded: %d objects in slab cache %s, %u KiB vmalloc buffer; see /proc/%s\n",
		teach_nr_objects, TEACH_CACHE_NAME, buffer_kib, TEACH_PROC_NAME);
	return 0;

err_proc:
	remove_proc_entry(TEACH_PROC_NAME, NULL);
err_buffer:
	teach_buffer_destroy();
err_objects:
	teach_objects_free();
err_cache:
	kmem_cache_destroy(teach_cache);
	return ret;
}

/*
 * exit undoes init in reverse order.  /proc/kaleido_teach goes first, so no
 * reader can see objects being freed.  The cache must be empty when it is
 * destroyed: a forgotten object makes the kernel log "Objects remaining in
 * kaleido_teach_obj on __kmem_cache_shutdown()".
 */
static void __exit teach_exit(void)
{
	int freed = teach_nr_objects;

	remove_proc_entry(TEACH_PROC_NAME, NULL);
	teach_buffer_destroy();
	teach_objects_free();
	kmem_cache_destroy(teach_cache);
	pr_info("unloaded: freed %d objects and destroyed slab cache %s\n",
		freed, TEACH_CACHE_NAME);
}

module_init(teach_init);
module_exit(teach_exit);

/* These lines end up in the .modinfo section: modinfo kaleido_teach.ko */
MODULE_LICENSE("GPL");
MODULE_AUTHOR("The Kaleido authors");
MODULE_DESCRIPTION("Teaching module: parameters, /proc, a slab cache, vmalloc, printk levels, exports");
MODULE_VERSION(KALEIDO_TEACH_VERSION);
