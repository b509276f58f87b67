export type Key = {
	id: string;
	prefix: string;
	expiration: string;
	createdAt: Date;
	lastSeen: Date;
};
