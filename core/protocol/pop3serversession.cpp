#include "pop3serversession.h"
