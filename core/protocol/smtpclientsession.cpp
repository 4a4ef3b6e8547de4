#include "smtpclientsession.h"
