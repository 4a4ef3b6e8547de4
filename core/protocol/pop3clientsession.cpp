#include "pop3clientsession.h"
