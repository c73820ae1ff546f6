/* bp-area-chooser.h: asks which area a database reports on, once benchmarks name some */
#pragma once

#include <gtk/gtk.h>

#include "bp-session.h"

G_BEGIN_DECLS

GtkWindow *bp_area_chooser_ask (GtkWindow *parent,
                                BpSession *session);

G_END_DECLS
